package cn.eldercare.account.control;

import cn.eldercare.account.entity.AccountStatus;
import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.LoginThrottle;
import cn.eldercare.platform.security.Passwords;
import cn.eldercare.platform.security.Role;
import cn.eldercare.platform.security.SignedToken;
import cn.eldercare.platform.security.TooManyRequests;
import cn.eldercare.testing.Beans;
import cn.eldercare.testing.TestTokens;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.base.entity.TrainingBase;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Signing in against accounts on H2. The stored hashes use 1,000 PBKDF2 iterations in the earlier format (it records
 * the count) so the test stays fast; an unknown username, and the new hash stored at a successful sign-in, cost full strength.
 */
class AccountsTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private static TrainingFixture f;
    private static final Accounts accounts = new Accounts();
    private static TrainingBase base;

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
        Instance<AccountScope> noScopes = mock(Instance.class);
        when(noScopes.stream()).thenAnswer(i -> Stream.empty());
        AuditTrail audit = new AuditTrail();
        Beans.wire(f.em, accounts, audit, TestTokens.issuer(), new LoginThrottle(5, 20, Duration.ofMinutes(15), 1000), mock(Event.class), noScopes,
                new Passwords(new Pbkdf2PasswordHashImpl()));
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
        Caller caller = TestTokens.verify(s.token()).flatMap(SignedToken::of).orElseThrow().caller();
        assertEquals(new Caller(u.getId(), u.getUsername(), Role.BASE_STAFF, base.getId(), null), caller);
        assertEquals(u.getUsername(), accounts.find(u.getId()).getUsername());
        f.em.clear();
    }

    @Test
    void aHashOfTheEarlierFormatIsReplacedAtTheNextSuccessfulSignIn() {
        UserAccount u = account("right");
        String before = u.getPasswordHash();
        TrainingFixture.refusedNoTx(401, "BAD_CREDENTIALS", () -> accounts.login(u.getUsername(), "wrong".toCharArray(), "10.0.2.1"));
        assertEquals(before, f.tx(() -> accounts.find(u.getId()).getPasswordHash()), "not at a failed sign-in");
        f.tx(() -> accounts.login(u.getUsername(), "right".toCharArray(), "10.0.2.1"));
        String after = f.tx(() -> accounts.find(u.getId()).getPasswordHash());
        assertTrue(after.startsWith("PBKDF2WithHmacSHA256:210000:"), after);
        assertEquals(u.getId(), accounts.login(u.getUsername(), "right".toCharArray(), "10.0.2.2").account().getId(),
                "the new hash verifies");
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
        assertTrue(assertThrows(TooManyRequests.class, () -> accounts.login(u.getUsername(), "right".toCharArray(), "10.0.0.3"))
                .retryAfterSeconds() > 0);
        // the key ignores the case of the username
        assertThrows(TooManyRequests.class, () -> accounts.login(u.getUsername().toUpperCase(), "right".toCharArray(), "10.0.0.3"));
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
    void oneAddressTryingManyUsernamesIsSlowedDown() {
        int refusedAt = -1;
        for (int i = 0; i < 30 && refusedAt < 0; i++) {
            String user = "spray-" + i;
            try {
                accounts.login(user, "Summer2026!".toCharArray(), "10.0.0.66");
            } catch (TooManyRequests e) {
                refusedAt = i;
            } catch (DomainException e) {
                assertEquals("BAD_CREDENTIALS", e.code());
            }
        }
        assertEquals(20, refusedAt, "twenty failures from one address, then it must wait");
        UserAccount u = account("right");
        assertThrows(TooManyRequests.class, () -> accounts.login(u.getUsername(), "right".toCharArray(), "10.0.0.66"),
                "the address waits even with a right password");
        assertEquals(u.getId(), accounts.login(u.getUsername(), "right".toCharArray(), "10.0.0.67").account().getId());
        f.em.clear();
    }

    @Test
    void aPendingOrDeactivatedAccountIsToldSoOnlyWithTheRightPassword() {
        UserAccount pending = f.tx(() -> accounts.create(new UserAccount("pending-" + NAMES.incrementAndGet(), quickHash("pw"),
                Role.VOLUNTEER, "申请人", null, null).awaitingApproval()));
        TrainingFixture.refusedNoTx(401, "BAD_CREDENTIALS", () -> accounts.login(pending.getUsername(), "guess".toCharArray(), "10.0.1.1"));
        TrainingFixture.refusedNoTx(403, "ACCOUNT_PENDING", () -> accounts.login(pending.getUsername(), "pw".toCharArray(), "10.0.1.1"));

        UserAccount staff = account("pw");
        Caller regulator = f.regulator();
        f.tx(() -> accounts.deactivate(regulator, staff.getId(), "离职"));
        TrainingFixture.refusedNoTx(403, "ACCOUNT_INACTIVE", () -> accounts.login(staff.getUsername(), "pw".toCharArray(), "10.0.1.1"));
        f.em.clear();
    }

    @Test
    void baseStaffDeactivateOnlyTheirOwnBasesStaffAndNeverThemselves() {
        UserAccount colleague = account("pw");
        UserAccount self = account("pw");
        Caller admin = self.asCaller();
        Caller otherBase = new Caller(self.getId(), "other-base-staff", Role.BASE_STAFF, base.getId() + 1_000_000, null);
        f.refused(403, "FORBIDDEN", () -> accounts.deactivate(otherBase, colleague.getId(), "不是本基地的"));
        f.refused(422, "OWN_ACCOUNT", () -> accounts.deactivate(admin, self.getId(), "自己"));
        UserAccount done = f.tx(() -> accounts.deactivate(admin, colleague.getId(), "离职"));
        assertEquals(AccountStatus.DEACTIVATED, done.getStatus());
        assertEquals(1, done.getTokenVersion(), "every earlier token ends");
        f.em.clear();
    }

    @Test
    void usernamesAreUnique() {
        UserAccount u = account("x");
        f.refused(409, "USERNAME_TAKEN",
                () -> accounts.create(new UserAccount(u.getUsername(), quickHash("y"), Role.REGULATOR, "重名", null, null)));
    }
}
