package cn.eldercare.timebank.ledger.control;

import cn.eldercare.platform.i18n.Text;

/**
 * The ledger could not be reached or did not commit in time, even after bounded retries; the
 * request may be sent again with the same requestId. The cause says why in words a clerk can use.
 */
public class LedgerUnavailable extends RuntimeException {

    /** Why, for the clerk; the exception's message keeps the technical detail for the log. */
    public enum Cause {
        UNREACHABLE(Text.of("无法连接账本节点", "a ledger node could not be reached")),
        BUSY(Text.of("同一账户同时有其他交易，账本未能处理", "other transactions changed the same account at the same moment")),
        DISAGREEMENT(Text.of("各账本节点的结果不一致（节点正在同步）", "the ledger's nodes disagreed while catching up with each other")),
        TIMEOUT(Text.of("账本未在规定时间内确认", "the ledger did not confirm in time")),
        REJECTED(Text.of("账本网络拒绝了这笔交易", "the ledger network did not accept the transaction"));

        private final Text text;

        Cause(Text text) {
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }

    private final Cause reason;

    public LedgerUnavailable(Cause reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public LedgerUnavailable(String message, Throwable cause) {
        this(Cause.UNREACHABLE, message, cause);
    }

    public Cause reason() {
        return reason;
    }
}
