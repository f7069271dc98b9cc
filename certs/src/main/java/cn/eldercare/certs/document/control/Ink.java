package cn.eldercare.certs.document.control;

/** The colours of a certificate, as RGB in 0..1. */
enum Ink {
    BLACK(0.08f, 0.08f, 0.08f),
    GREY(0.38f, 0.38f, 0.38f),
    DARK_RED(0.55f, 0.09f, 0.09f),
    SEAL_RED(0.86f, 0.11f, 0.11f);

    final float r;
    final float g;
    final float b;

    Ink(float r, float g, float b) {
        this.r = r;
        this.g = g;
        this.b = b;
    }
}
