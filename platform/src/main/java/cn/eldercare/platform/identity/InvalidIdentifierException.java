package cn.eldercare.platform.identity;

import cn.eldercare.platform.i18n.Text;

/**
 * An identifier failed validation. The reason deliberately never contains the rejected
 * value: identifiers such as resident ID numbers are personal information and exception
 * messages end up in logs.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private final transient Text reason;

    public InvalidIdentifierException(Text reason) {
        super(reason.en());
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
