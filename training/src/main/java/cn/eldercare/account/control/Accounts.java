package cn.eldercare.account.control;

import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.LoginThrottle;
import cn.eldercare.platform.security.PasswordHasher;
import cn.eldercare.platform.security.TokenCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Signing in: password check, guessing throttle and token issue. */
@ApplicationScoped
public class Accounts {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    /** Checked against when the user does not exist, so timing does not reveal which usernames exist. */
    private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password".toCharArray());

    @PersistenceContext
    EntityManager em;
    @Inject
    TokenCodec tokens;
    @Inject
    LoginThrottle throttle;

    public record Session(String token, Instant expiresAt, UserAccount account) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Session login(String username, char[] password, String clientAddress) {
        String key = username.toLowerCase(Locale.ROOT) + "@" + clientAddress;
        Instant now = Instant.now();
        long wait = throttle.retryAfterSeconds(key, now);
        if (wait > 0) {
            throw new DomainException(429, "TOO_MANY_ATTEMPTS", Text.of(
                    "登录失败次数过多，请 " + wait + " 秒后再试", "Too many failed sign-ins; try again in " + wait + " s"), List.of());
        }
        List<UserAccount> found = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultList();
        boolean ok = PasswordHasher.verify(password, found.isEmpty() ? DUMMY_HASH : found.get(0).getPasswordHash());
        if (!ok || found.isEmpty()) {
            throttle.failed(key, now);
            throw new DomainException(401, "BAD_CREDENTIALS", Text.of("用户名或密码错误", "Wrong username or password"), List.of());
        }
        throttle.succeeded(key);
        UserAccount account = found.get(0);
        Instant expires = now.plus(TOKEN_LIFETIME);
        return new Session(tokens.issue(account.asCaller(), expires), expires, account);
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
}
