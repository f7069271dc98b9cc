package cn.eldercare.timebank.ledger.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.FieldMessage;
import cn.eldercare.platform.problem.ProblemResponses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract's refusals as problems: its error code (for support), an HTTP status and a message a
 * clerk understands in both languages. The contract's own text stays in the log.
 */
@Provider
public class LedgerRefusalMapper implements ExceptionMapper<LedgerRefusal> {

    private record Meaning(int status, Text text) {
    }

    private static final Map<String, Meaning> MEANINGS = Map.ofEntries(
            Map.entry("INVALID_ARGUMENT", new Meaning(400, Text.of("请求内容不符合时间银行规则", "The request breaks a time-bank rule"))),
            Map.entry("NOT_INITIALISED", new Meaning(503, Text.of("时间银行账本尚未初始化", "The time-bank ledger is not initialised"))),
            Map.entry("NOT_FOUND", new Meaning(404, Text.of("成员、服务记录或类别不存在", "No such member, service record or category"))),
            Map.entry("FORBIDDEN", new Meaning(403, Text.of("无权执行此操作", "Not allowed"))),
            Map.entry("DUPLICATE", new Meaning(409, Text.of("重复的请求或登记", "Duplicate request or registration"))),
            Map.entry("INVALID_STATE", new Meaning(409, Text.of("服务记录当前状态不允许此操作", "The record's state does not allow this"))),
            Map.entry("EXPIRED", new Meaning(409, Text.of("已超过确认期限", "The confirmation deadline has passed"))),
            Map.entry("OVERLAPPING_WINDOW", new Meaning(409, Text.of("该志愿者在此时段已有服务记录", "The volunteer already served during that time"))),
            Map.entry("SELF_CONFIRMATION", new Meaning(403, Text.of("不能确认自己提交的服务", "You cannot confirm your own service"))),
            Map.entry("INSUFFICIENT_BALANCE", new Meaning(409, Text.of("时间余额不足", "Not enough minutes in the account"))),
            Map.entry("BELOW_THRESHOLD", new Meaning(409, Text.of("累计存入时间未达到兑换门槛", "Deposited time is below the redemption threshold"))),
            Map.entry("UNDER_AGE", new Meaning(409, Text.of("年龄未达到规定", "Below the required age"))),
            Map.entry("NOT_RELATIVE", new Meaning(409, Text.of("对方不是已登记的直系亲属", "Not a registered direct relative"))),
            Map.entry("NOT_ELIGIBLE", new Meaning(409, Text.of("对方不是重点保障老人", "Not a priority elder"))),
            Map.entry("CAP_EXCEEDED", new Meaning(409, Text.of("超过时间存储上限", "This would pass the storage cap"))),
            Map.entry("BLOCKED", new Meaning(403, Text.of("该成员已被列入失信名单", "The member is blacklisted"))),
            Map.entry("REVOKED", new Meaning(403, Text.of("该身份已被注销，请联系服务站", "This identity has been revoked; please contact your station"))));

    /** Every code the contract can answer with has a message of its own (checked by a test). */
    static boolean knows(String code) {
        return MEANINGS.containsKey(code);
    }

    private static final Logger LOG = Logger.getLogger(LedgerRefusalMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(LedgerRefusal e) {
        // the contract's own words name organisations, roles and ids: for support, in the log, beside the code the user sees
        LOG.info(() -> "ledger refused " + e.code() + ": " + e.getMessage());
        return ProblemResponses.of(problem(e), ProblemResponses.locale(headers));
    }

    /** The contract's rule breaks a user can fix, said in their words with the field at fault; the contract's text never shows. */
    private static final Pattern TOO_OLD = Pattern.compile("services older than (\\d+) hours can no longer be submitted");

    static DomainException problem(LedgerRefusal e) {
        Meaning m = MEANINGS.getOrDefault(e.code(), new Meaning(409, Text.of("时间银行拒绝了该请求", "The time bank refused the request")));
        String said = String.valueOf(e.getMessage());
        Matcher tooOld = TOO_OLD.matcher(said);
        if ("INVALID_ARGUMENT".equals(e.code()) && tooOld.matches()) {
            long days = Long.parseLong(tooOld.group(1)) / 24;
            return new DomainException(m.status(), e.code(), m.text(), List.of(new FieldMessage("day", Text.of(
                    "服务已过去 " + days + " 天以上，不能再登记；如有特殊情况请联系服务站",
                    "more than " + days + " days ago: it can no longer be logged; ask the station if there is a special reason"))));
        }
        if ("INVALID_ARGUMENT".equals(e.code()) && said.matches("end .* is in the future")) {
            return new DomainException(m.status(), e.code(), m.text(), List.of(new FieldMessage("end", Text.of(
                    "结束时间不能晚于现在", "cannot be later than now"))));
        }
        if ("INVALID_ARGUMENT".equals(e.code()) && said.equals("a gift needs another member")) {
            return new DomainException(m.status(), e.code(), Text.of("不能赠送给自己", "You cannot give time to yourself"), List.of());
        }
        if ("INVALID_ARGUMENT".equals(e.code()) && said.equals("a member is not their own relative")) {
            return new DomainException(m.status(), e.code(), m.text(), List.of(new FieldMessage("relativeId", Text.of(
                    "不能把会员登记为自己的亲属", "a member cannot be their own relative"))));
        }
        return new DomainException(m.status(), e.code(), m.text(), List.of());
    }
}
