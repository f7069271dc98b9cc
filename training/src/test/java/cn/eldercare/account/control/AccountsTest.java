package cn.eldercare.account.control;

import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.LoginThrottle;
import cn.eldercare.platform.security.Role;
import cn.eldercare.platform.security.TokenCodec;
import cn.eldercare.testing.Beans;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.base.entity.TrainingBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in against accounts on H2. The stored hashes use 1,000 PBKDF2 iterations (the format records
 * the count) so the test stays fast; only an unknown username costs a full-strength check.
 */
class AccountsTest {

    private static final TokenCodec CODEC = new TokenCodec("accounts-test-key-accounts-test-k".getBytes(StandardCharsets.US_ASCII));
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static TrainingFixture f;
    private static final Accounts accounts = new Accounts();
    private static TrainingBase base;

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
        Beans.wire(f.em, accounts, CODEC, new LoginThrottle(5, Duration.ofMinutes(15)));
        base = f.base();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static String quickHash(String password) {
        try {
            byte[] salt = new byte[16];
            salt[0] = (byte) password.length();
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1000, 256)).getEncoded();
            return "pbkdf2-sha256$1000$" + Base64.getEncoder().encodeToString(salt) + "$" + Base64.getEncoder().encodeToString(hash);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserAccount account(String password) {
        String username = "login-" + NAMES.incrementAndGet();
        return f.tx(() -> accounts.create(new UserAccount(username, quickHash(password), Role.BASE_STAFF, "测试员", base.getId(), null)));
    }

    @Test
    void aRightPasswordGivesATokenForTheAccountsCaller() {
        UserAccount u = account("correct horse");
        Instant before = Instant.now();
        Accounts.Session s = accounts.login(u.getUsername(), "correct horse".toCharArray(), "10.0.0.1");
        assertEquals(u.getId(), s.account().getId());
        assertTrue(!s.expiresAt().isBefore(before.plus(Duration.ofHours(8)))
                && s.expiresAt().isBefore(Instant.now().plus(Duration.ofHours(8)).plusSeconds(1)), "eight hours from now");
        Caller caller = CODEC.verify(s.token(), Instant.now()).orElseThrow();
        assertEquals(new Caller(u.getId(), u.getUsername(), Role.BASE_STAFF, base.getId(), null), caller);
        assertEquals(u.getUsername(), accounts.find(u.getId()).getUsername());
        f.em.clear();
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        UserAccount u = account("right");
        TrainingFixture.refusedNoTx(401, "BAD_CREDENTIALS", () -> accounts.login(u.getUsername(), "wrong".toCharArray(), "10.0.0.2"));
        TrainingFixture.refusedNoTx(401, "BAD_CREDENTIALS", () -> accounts.login("no-such-user", "right".toCharArray(), "10.0.0.2"));
        TrainingFixture.refusedNoTx(401, "BAD_CREDENTIALS", () -> accounts.login(u.getUsername().toUpperCase(), "right".toCharArray(), "10.0.0.2"));
    }

    @Test
    void fiveFailuresLockTheAccountForThatAddressEvenWithTheRightPassword() {
        UserAccount u = account("right");
        for (int i = 0; i < 5; i++) {
            TrainingFixture.refusedNoTx(401, "BAD_CREDENTIALS", () -> accounts.login(u.getUsername(), "guess".toCharArray(), "10.0.0.3"));
        }
        TrainingFixture.refusedNoTx(429, "TOO_MANY_ATTEMPTS", () -> accounts.login(u.getUsername(), "right".toCharArray(), "10.0.0.3"));
        // the key ignores the case of the username
        TrainingFixture.refusedNoTx(429, "TOO_MANY_ATTEMPTS",
                () -> accounts.login(u.getUsername().toUpperCase(), "right".toCharArray(), "10.0.0.3"));
        // another address is not locked
        assertEquals(u.getId(), accounts.login(u.getUsername(), "right".toCharArray(), "10.0.0.4").account().getId());
        f.em.clear();
    }

    @Test
    void successForgivesEarlierFailures() {
        UserAccount u = account("right");
        for (int i = 0; i < 4; i++) {
            TrainingFixture.refusedNoTx(401, "BAD_CREDENTIALS", () -> accounts.login(u.getUsername(), "guess".toCharArray(), "10.0.0.5"));
        }
        accounts.login(u.getUsername(), "right".toCharArray(), "10.0.0.5");
        TrainingFixture.refusedNoTx(401, "BAD_CREDENTIALS", () -> accounts.login(u.getUsername(), "guess".toCharArray(), "10.0.0.5"));
        assertEquals(u.getId(), accounts.login(u.getUsername(), "right".toCharArray(), "10.0.0.5").account().getId());
        f.em.clear();
    }

    @Test
    void usernamesAreUnique() {
        UserAccount u = account("x");
        f.refused(409, "USERNAME_TAKEN",
                () -> accounts.create(new UserAccount(u.getUsername(), quickHash("y"), Role.REGULATOR, "重名", null, null)));
    }
}
