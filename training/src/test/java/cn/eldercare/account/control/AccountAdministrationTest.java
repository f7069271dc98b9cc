package cn.eldercare.account.control;

import cn.eldercare.account.entity.AccountStatus;
import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.LoginThrottle;
import cn.eldercare.platform.security.Passwords;
import cn.eldercare.platform.security.Role;
import cn.eldercare.platform.security.SignedToken;
import cn.eldercare.platform.security.TokenIssuer;
import cn.eldercare.testing.Beans;
import cn.eldercare.testing.TestTokens;
import cn.eldercare.testing.TrainingFixture;
import jakarta.enterprise.inject.Instance;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Administering accounts on H2: reactivation, ending an account's tokens, a station's decision on an application,
 * organisations that administer accounts through their own scope, and the session check that sees every change at once.
 */
class AccountAdministrationTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private static TrainingFixture f;
    private static final Accounts accounts = new Accounts();
    private static final AccountSessions sessions = new AccountSessions();

    /** A scope of another module's: its administrators are those whose user name starts with "scope-admin". */
    private static final AccountScope SCOPE = (admin, account) -> admin.username().startsWith("scope-admin")
            && account.getDisplayName().equals("管辖内");

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
        @SuppressWarnings("unchecked")
        Instance<AccountScope> scopes = mock(Instance.class);
        when(scopes.stream()).thenAnswer(i -> Stream.of(SCOPE));
        Beans.wire(f.em, accounts, sessions, new AuditTrail(), TestTokens.issuer(), new LoginThrottle(5, 20, Duration.ofMinutes(15), 1000),
                Beans.events(sessions), scopes, new Passwords(new Pbkdf2PasswordHashImpl()));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static UserAccount account(Role role, String displayName) {
        String username = "admin-test-" + NAMES.incrementAndGet();
        return f.tx(() -> accounts.create(new UserAccount(username, "unused-hash", role, displayName, null, null)));
    }

    private static Caller regulator() {
        return new Caller(-1, "regulator-admin", Role.REGULATOR, null, null);
    }

    private static SignedToken token(UserAccount account) {
        return new SignedToken(account.asCaller(), account.getTokenVersion(), TokenIssuer.newSession(), Instant.now().plusSeconds(3600));
    }

    private static List<Object> audited(String action, long id) {
        return f.db.rows("SELECT detail FROM audit_event WHERE action = ? AND entity_id = ?", action, id).stream()
                .map(r -> r.get("DETAIL")).toList();
    }

    @Test
    void aDeactivatedAccountsTokensEndAtOnceAndReactivationNeedsANewSignIn() {
        UserAccount volunteer = account(Role.VOLUNTEER, "志愿者");
        SignedToken before = token(volunteer);
        assertTrue(sessions.isCurrent(before));

        f.tx(() -> accounts.deactivate(regulator(), volunteer.getId(), "违规"));
        assertFalse(sessions.isCurrent(before), "a deactivated account's token is refused at once");

        UserAccount back = f.tx(() -> accounts.reactivate(regulator(), volunteer.getId(), "申诉成立"));
        assertEquals(AccountStatus.ACTIVE, back.getStatus());
        assertEquals("申诉成立", back.getStatusReason());
        assertFalse(sessions.isCurrent(before), "tokens issued before the deactivation stay ended");
        assertTrue(sessions.isCurrent(token(back)));
        assertEquals(List.of("违规"), audited("ACCOUNT_DEACTIVATED", volunteer.getId()));
        assertEquals(List.of("申诉成立"), audited("ACCOUNT_REACTIVATED", volunteer.getId()));
    }

    @Test
    void anAccountHolderEndsTheirOwnTokensAndAnAdministratorAnyonesInTheirScope() {
        UserAccount holder = account(Role.RECIPIENT, "管辖内");
        SignedToken lostPhone = token(holder);

        UserAccount revoked = f.tx(() -> accounts.revokeTokens(holder.asCaller(), holder.getId(), "手机丢失"));
        assertEquals(holder.getTokenVersion() + 1, revoked.getTokenVersion());
        assertFalse(sessions.isCurrent(lostPhone));

        Caller scopeAdmin = new Caller(-2, "scope-admin-1", Role.STATION_STAFF, null, null);
        UserAccount again = f.tx(() -> accounts.revokeTokens(scopeAdmin, holder.getId(), "再次"));
        assertEquals(holder.getTokenVersion() + 2, again.getTokenVersion());

        UserAccount outside = account(Role.RECIPIENT, "管辖外");
        f.refused(403, "FORBIDDEN", () -> accounts.revokeTokens(scopeAdmin, outside.getId(), "不在管辖内"));
        f.refused(404, "NOT_FOUND", () -> accounts.deactivate(regulator(), Long.MAX_VALUE, "不存在"));
        assertEquals(List.of("手机丢失", "再次"), audited("TOKENS_REVOKED", holder.getId()));
    }

    @Test
    void aStationDecidesAPendingApplicationOnce() {
        Caller station = new Caller(-3, "station-decider", Role.STATION_STAFF, null, null);
        UserAccount approved = f.tx(() -> accounts.create(new UserAccount("admin-test-" + NAMES.incrementAndGet(), "unused-hash",
                Role.VOLUNTEER, "申请人", null, null).awaitingApproval()));
        UserAccount rejected = f.tx(() -> accounts.create(new UserAccount("admin-test-" + NAMES.incrementAndGet(), "unused-hash",
                Role.VOLUNTEER, "申请人", null, null).awaitingApproval()));
        assertFalse(sessions.isCurrent(token(approved)), "a pending account has no session");

        f.tx(() -> {
            accounts.decideApplication(station, approved.getId(), true, null);
            accounts.decideApplication(station, rejected.getId(), false, "资料不全");
            return null;
        });

        assertEquals(AccountStatus.ACTIVE, accounts.find(approved.getId()).getStatus());
        assertEquals(AccountStatus.DEACTIVATED, accounts.find(rejected.getId()).getStatus());
        assertTrue(sessions.isCurrent(token(accounts.find(approved.getId()))));
        assertEquals(List.of("资料不全"), audited("ACCOUNT_REJECTED", rejected.getId()));
        f.refused(409, "NOT_PENDING", () -> {
            accounts.decideApplication(station, approved.getId(), false, "再审");
            return null;
        });
        f.refused(409, "NOT_PENDING", () -> {
            accounts.decideApplication(station, Long.MAX_VALUE, true, null);
            return null;
        });
    }

    @Test
    void aSignedOutSessionEndsWhileTheAccountsOtherSessionsGoOn() {
        UserAccount user = account(Role.VOLUNTEER, "两部手机");
        SignedToken phone = token(user);
        SignedToken tablet = token(user);

        f.tx(() -> {
            accounts.logout(phone);
            return null;
        });

        assertFalse(sessions.isCurrent(phone));
        assertTrue(sessions.isCurrent(tablet));
        assertEquals(1, f.db.rows("SELECT session_id FROM revoked_token WHERE session_id = ?", phone.session()).size());
        assertEquals(1, audited("SIGNED_OUT", user.getId()).size());
        AccountSessions fresh = new AccountSessions();
        Beans.wire(f.em, fresh);
        assertFalse(fresh.isCurrent(phone), "a signed-out session is found in the database too");
        assertTrue(fresh.isCurrent(tablet));
    }
}
