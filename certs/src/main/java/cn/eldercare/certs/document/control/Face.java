package cn.eldercare.certs.document.control;

/** The two weights of Noto Sans SC a certificate uses, as the ph-fonts jar ships them. */
public enum Face {
    REGULAR("fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf"),
    BOLD("fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf");

    final String resource;

    Face(String resource) {
        this.resource = resource;
    }
}
