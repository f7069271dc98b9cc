package cn.eldercare.training.roster.control;

import cn.eldercare.platform.i18n.Text;

/** The file as a whole cannot be used; the reason is shown to the uploader. */
class UnreadableRosterException extends RuntimeException {

    private final transient Text reason;

    UnreadableRosterException(Text reason) {
        super(reason.en());
        this.reason = reason;
    }

    Text reason() {
        return reason;
    }

    static UnreadableRosterException tooManyRows(int maxDataRows) {
        return new UnreadableRosterException(Text.of(
                "数据行超过" + maxDataRows + "行，请拆分后分批上传",
                "more than " + maxDataRows + " data rows; split the file and upload the parts separately"));
    }
}
