package cn.eldercare.account.control;

import cn.eldercare.account.entity.AccountStatus;
import cn.eldercare.platform.security.SessionCheck;
import cn.eldercare.platform.security.SignedToken;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks every request's token against its account: the account must exist and be active, the token
 * must carry the account's current token version, and its session must not be signed out. The answers
 * come from bounded caches that expire within half a minute, so a request costs no database round trip
 * most of the time; a change made here is seen at once, as it evicts the account's entry when it commits.
 */
@ApplicationScoped
public class AccountSessions implements SessionCheck {

    private static final Duration FRESHNESS = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    /** The token version of an active account; empty for an account that is missing or not active. */
    private final LoadingCache<Long, Optional<Integer>> versions = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(FRESHNESS).build(this::activeVersion);
    private final LoadingCache<String, Boolean> signedOut = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(FRESHNESS).build(this::isSignedOut);

    @Override
    public boolean isCurrent(SignedToken token) {
        return versions.get(token.caller().userId()).filter(v -> v == token.version()).isPresent()
                && !signedOut.get(token.session());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        versions.invalidate(change.userId());
    }

    void signedOut(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignedOut session) {
        signedOut.put(session.session(), true);
    }

    private Optional<Integer> activeVersion(long userId) {
        return em.createQuery("SELECT u.tokenVersion FROM UserAccount u WHERE u.id = :id AND u.status = :active", Integer.class)
                .setParameter("id", userId).setParameter("active", AccountStatus.ACTIVE).getResultList().stream().findFirst();
    }

    private boolean isSignedOut(String session) {
        return !em.createQuery("SELECT r.sessionId FROM RevokedToken r WHERE r.sessionId = :s")
                .setParameter("s", session).getResultList().isEmpty();
    }

    /** A session ended by signing out. */
    public record SignedOut(String session) {
    }
}
