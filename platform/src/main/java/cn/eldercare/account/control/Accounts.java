package cn.eldercare.account.control;

import cn.eldercare.account.entity.AccountStatus;
import cn.eldercare.account.entity.RevokedToken;
import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.LoginThrottle;
import cn.eldercare.platform.security.Passwords;
import cn.eldercare.platform.security.Role;
import cn.eldercare.platform.security.SignedToken;
import cn.eldercare.platform.security.TokenIssuer;
import cn.eldercare.platform.security.TooManyRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Signing in and out, guessing throttle, token issue, and the administration of accounts (deactivate, reactivate, sign out). */
@ApplicationScoped
public class Accounts {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    @PersistenceContext
    EntityManager em;
    @Inject
    TokenIssuer tokens;
    @Inject
    LoginThrottle throttle;
    @Inject
    Passwords passwords;
    @Inject
    AuditTrail audit;
    @Inject
    Event<AccountChanged> changes;
    @Inject
    Event<AccountSessions.SignedOut> signOuts;
    @Inject
    Instance<AccountScope> scopes;

    public record Session(String token, Instant expiresAt, UserAccount account) {
    }

    /** In a transaction, so that a hash of an earlier scheme is replaced by a current one at a successful sign-in. */
    @Transactional
    public Session login(String username, char[] password, String clientAddress) {
        String user = username.toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        long wait = throttle.retryAfterSeconds(user, clientAddress, now);
        if (wait > 0) {
            throw new TooManyRequests("TOO_MANY_ATTEMPTS", Text.of(
                    "登录失败次数过多，请 " + wait + " 秒后再试", "Too many failed sign-ins; try again in " + wait + " s"), wait);
        }
        List<UserAccount> found = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultList();
        boolean ok = passwords.verify(password, found.isEmpty() ? null : found.get(0).getPasswordHash());
        if (!ok || found.isEmpty()) {
            throttle.failed(user, clientAddress, now);
            throw new DomainException(401, "BAD_CREDENTIALS", Text.of("用户名或密码错误", "Wrong username or password"), List.of());
        }
        throttle.succeeded(user, clientAddress);
        UserAccount account = found.get(0);
        // Told only to whoever knows the password, so the status reveals nothing to a guesser.
        if (account.getStatus() == AccountStatus.PENDING) {
            throw new DomainException(403, "ACCOUNT_PENDING", Text.of("您的加入申请正在等待服务站审核，审核通过后即可登录",
                    "Your application awaits the station's approval; you can sign in once it is approved"), List.of());
        }
        if (account.getStatus() == AccountStatus.DEACTIVATED) {
            throw new DomainException(403, "ACCOUNT_INACTIVE", Text.of("此账户已停用", "This account is deactivated"), List.of());
        }
        if (passwords.outdated(account.getPasswordHash())) {
            account.rehash(passwords.hash(password));
        }
        Instant expires = now.plus(TOKEN_LIFETIME);
        return new Session(tokens.issue(account.asCaller(), account.getTokenVersion(), TokenIssuer.newSession(), now, expires), expires, account);
    }

    /** Ends the session of this token; the account's other sessions (another phone) go on. */
    @Transactional
    public void logout(SignedToken token) {
        em.createQuery("DELETE FROM RevokedToken r WHERE r.expiresAt < :now").setParameter("now", Clock.now()).executeUpdate();
        em.persist(new RevokedToken(token.session(), token.caller().userId(), token.expiresAt().atOffset(ZoneOffset.UTC)));
        audit.record(token.caller(), "SIGNED_OUT", "UserAccount", token.caller().userId(), null);
        signOuts.fire(new AccountSessions.SignedOut(token.session()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UserAccount create(UserAccount account) {
        boolean taken = !em.createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :u")
                .setParameter("u", account.getUsername()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("USERNAME_TAKEN", Text.of("用户名已被使用", "The username is taken"));
        }
        em.persist(account);
        return account;
    }

    public UserAccount find(long id) {
        return em.find(UserAccount.class, id);
    }

    /** The regulator for anyone, an organisation's staff for their own organisation's accounts; no one for themself. */
    @Transactional
    public UserAccount deactivate(Caller admin, long id, String reason) {
        UserAccount account = administered(admin, id);
        if (account.getId() == admin.userId()) {
            throw DomainException.unprocessable("OWN_ACCOUNT", Text.of("不能停用自己的账户", "You cannot deactivate your own account"));
        }
        return changeStatus(admin, account, AccountStatus.DEACTIVATED, reason, "ACCOUNT_DEACTIVATED");
    }

    @Transactional
    public UserAccount reactivate(Caller admin, long id, String reason) {
        return changeStatus(admin, administered(admin, id), AccountStatus.ACTIVE, reason, "ACCOUNT_REACTIVATED");
    }

    /** Ends every token of the account (a lost phone): by its administrators, or by the account holder. */
    @Transactional
    public UserAccount revokeTokens(Caller caller, long id, String reason) {
        UserAccount account = caller.userId() == id ? find(id) : administered(caller, id);
        account.revokeTokens();
        audit.record(caller, "TOKENS_REVOKED", "UserAccount", id, reason);
        changes.fire(new AccountChanged(id));
        return account;
    }

    /** A station's decision on a volunteer's own application, checked by the time bank's rules. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decideApplication(Caller station, long id, boolean approved, String reason) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null || account.getStatus() != AccountStatus.PENDING) {
            throw DomainException.conflict("NOT_PENDING", Text.of("该账户不在待审核状态", "This account awaits no approval"));
        }
        changeStatus(station, account, approved ? AccountStatus.ACTIVE : AccountStatus.DEACTIVATED, reason,
                approved ? "ACCOUNT_APPROVED" : "ACCOUNT_REJECTED");
    }

    private UserAccount changeStatus(Caller by, UserAccount account, AccountStatus to, String reason, String action) {
        account.changeStatus(to, by.username(), reason);
        audit.record(by, action, "UserAccount", account.getId(), reason);
        changes.fire(new AccountChanged(account.getId()));
        return account;
    }

    private UserAccount administered(Caller admin, long id) {
        UserAccount account = find(id);
        if (account == null) {
            throw DomainException.notFound(Text.of("账户不存在", "No such account"));
        }
        boolean allowed = switch (admin.role()) {
            case REGULATOR -> true;
            case BASE_STAFF -> admin.baseId() != null && admin.baseId().equals(account.getBaseId())
                    && (account.getRole() == Role.BASE_STAFF || account.getRole() == Role.ASSESSOR);
            default -> scopes.stream().anyMatch(s -> s.administers(admin, account));
        };
        if (!allowed) {
            throw DomainException.forbidden(Text.of("只能管理本机构的账户", "You can only manage your own organisation's accounts"));
        }
        return account;
    }
}
