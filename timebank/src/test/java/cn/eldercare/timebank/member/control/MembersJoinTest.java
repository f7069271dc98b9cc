package cn.eldercare.timebank.member.control;

import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;
import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.timebank.member.entity.MemberStatus;
import cn.eldercare.timebank.service.control.Services;
import cn.eldercare.timebank.station.entity.Station;
import cn.eldercare.timebank.testing.TimeBankFixture;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Joining the time bank: members in the database and on the ledger, applications, approvals and who finds whom. */
class MembersJoinTest {

    @TempDir
    Path dir;

    private TimeBankFixture f;
    private Members members;
    private Station station;
    private Caller staff;

    @BeforeEach
    void setUp() {
        f = new TimeBankFixture(dir);
        members = f.members;
        // sign-in accounts are the platform's: here they are simply stored, as Accounts.create does once it has checked them
        when(f.passwords.hash(any())).thenReturn("pbkdf2-hash");
        when(f.accounts.create(any())).thenAnswer(call -> {
            UserAccount account = call.getArgument(0);
            f.em.persist(account);
            return account;
        });
        station = f.station("金水区服务站");
        staff = f.staffOf(station);
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    private static String idNumber(LocalDate birth, int sequence) {
        String first17 = "410102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private JsonObject onLedger(String memberId) {
        String json = f.ledger.get().evaluate(f.signers.regulator("regulator1"), "members:GetMember",
                "{\"memberId\":\"" + memberId + "\"}");
        return jakarta.json.Json.createReader(new StringReader(json)).readObject().getJsonObject("member");
    }

    private List<Object> audited(String action) {
        return f.db.rows("SELECT detail FROM audit_event WHERE action = ?", action).stream().map(r -> r.get("DETAIL")).toList();
    }

    private <T> T tx(Supplier<T> work) {
        return f.tx(work);
    }

    @Test
    void stationStaffRegisterAMemberInBothRolesOnceOnly() {
        String id = idNumber(LocalDate.of(1950, 3, 8), 22);
        Registration r = new Registration("李秀兰", id, "13800138000", "410102", true, true, "LOW_INCOME", null, null);

        Member m = tx(() -> members.register(staff, station.getId(), r));

        Member stored = f.em.find(Member.class, m.getMemberId());
        assertEquals("李秀兰", stored.getName());
        assertTrue(stored.isVolunteer() && stored.isRecipient());
        assertEquals(station.getId(), stored.getStationId());
        assertEquals(LocalDate.of(1950, 3, 8), stored.getBirthDate());
        assertNotEquals("13800138000", stored.getPhoneCipher());
        assertEquals("13800138000", members.phone(stored));
        assertFalse(stored.getIdNumberMasked().contains("19500308"));
        JsonObject ledgerMember = onLedger(m.getMemberId());
        assertTrue(ledgerMember.getBoolean("volunteer"));
        assertTrue(ledgerMember.getBoolean("recipient"));
        assertEquals(Long.toString(station.getId()), ledgerMember.getString("stationId"));
        assertEquals(List.of(m.getMemberId() + " volunteer recipient"), audited("MEMBER_JOINED"));

        DomainException again = assertThrows(DomainException.class, () -> tx(() -> members.register(staff, station.getId(), r)));
        assertEquals(409, again.status());
        assertEquals("MEMBER_EXISTS", again.code());
    }

    @Test
    void aMemberRegisteredWithAnAccountSignsInAsThatMember() {
        Registration r = new Registration("王德福", idNumber(LocalDate.of(1962, 7, 1), 31), null, "410102", true, false, null,
                "wangdefu", "secret-password");

        Member m = tx(() -> members.register(staff, station.getId(), r));

        Member stored = f.em.find(Member.class, m.getMemberId());
        assertNull(members.phone(stored));
        UserAccount account = f.em.find(UserAccount.class, stored.getUserId());
        assertEquals("wangdefu", account.getUsername());
        assertEquals(Role.VOLUNTEER, account.getRole());
        Caller signedIn = account.asCaller();
        assertEquals(m.getMemberId(), members.of(signedIn).getMemberId());
        assertEquals(m.getMemberId(), members.idOf(signedIn));
    }

    @Test
    void anApplicationWaitsForTheStationAndIsApprovedOntoTheLedger() {
        String id = idNumber(LocalDate.of(1958, 1, 15), 44);
        Registration r = new Registration("赵秀英", id, "13900139000", "410102", true, false, null, "zhaoxiuying", "secret-password");
        tx(() -> {
            members.apply(station.getId(), r);
            return null;
        });
        String memberId = f.memberIds.of(f.idNumbers.parse("idNumber", id));
        Member pending = f.em.find(Member.class, memberId);
        assertEquals(MemberStatus.PENDING, pending.getStatus());
        assertEquals(UserAccount.class, f.em.find(UserAccount.class, pending.getUserId()).getClass());
        assertEquals(403, assertThrows(DomainException.class,
                () -> members.of(new Caller(pending.getUserId(), "zhaoxiuying", Role.VOLUNTEER, null, null))).status());
        assertThrows(LedgerRefusal.class, () -> onLedger(memberId), "not on the ledger before approval");

        Caller stranger = f.staffOf(f.station("二七区服务站"));
        assertEquals(403, assertThrows(DomainException.class, () -> tx(() -> members.approve(stranger, memberId))).status());

        Member approved = tx(() -> members.approve(staff, memberId));

        assertEquals(MemberStatus.ACTIVE, f.em.find(Member.class, memberId).getStatus());
        assertTrue(approved.isVolunteer());
        assertTrue(onLedger(memberId).getBoolean("volunteer"));
        verify(f.accounts).decideApplication(staff, pending.getUserId(), true, null);
        assertEquals(List.of(memberId), audited("MEMBER_APPROVED"));
        DomainException twice = assertThrows(DomainException.class, () -> tx(() -> members.approve(staff, memberId)));
        assertEquals("NOT_PENDING", twice.code());
    }

    @Test
    void applyingAgainForAMemberCreatesNothingAndARejectedApplicationIsForgotten() {
        String id = idNumber(LocalDate.of(1959, 9, 9), 52);
        tx(() -> {
            members.apply(station.getId(), new Registration("孙丽", id, null, "410102", true, false, null, "sunli", "secret-password"));
            members.apply(station.getId(), new Registration("孙丽", id, null, "410102", true, false, null, "sunli2", "secret-password"));
            return null;
        });
        String memberId = f.memberIds.of(f.idNumbers.parse("idNumber", id));
        assertEquals(List.of(memberId), audited("MEMBER_APPLIED"));
        assertEquals(List.of(memberId), audited("MEMBER_APPLIED_AGAIN"));
        long user = f.em.find(Member.class, memberId).getUserId();

        tx(() -> {
            members.reject(staff, memberId, "不在本站服务范围");
            return null;
        });

        assertTrue(members.find(memberId).isEmpty());
        assertEquals(404, assertThrows(DomainException.class, () -> members.get(memberId)).status());
        verify(f.accounts).decideApplication(staff, user, false, "不在本站服务范围");
        assertEquals(List.of(memberId + ": 不在本站服务范围"), audited("MEMBER_REJECTED"));
    }

    @Test
    void aVolunteerFindsRecipientsTheyServedByNameAndOthersOnlyByFullIdentity() {
        Caller volunteer = f.member(station, "vol-000001", Role.VOLUNTEER);
        Caller otherVolunteer = f.member(station, "vol-000002", Role.VOLUNTEER);
        String recipientId = idNumber(LocalDate.of(1936, 2, 2), 62);
        Member recipient = tx(() -> members.register(staff, station.getId(),
                new Registration("周桂英", recipientId, null, "410102", false, true, null, null, null)));
        Services services = f.wire(new Services());
        Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        services.log(volunteer, null, recipient.getMemberId(), "MEAL", start, start.plusSeconds(1800), "s1");
        f.caughtUp();

        assertEquals(List.of("周桂英"), members.recipientsFor(volunteer, "周", PageRequest.of(0, 20)).items().stream()
                .map(Member::getName).toList());
        assertEquals(List.of(), members.recipientsFor(otherVolunteer, null, PageRequest.of(0, 20)).items());

        assertEquals(recipient.getMemberId(), members.recipientByIdentity(otherVolunteer, " 周桂英 ", recipientId).getMemberId());
        assertEquals(404, assertThrows(DomainException.class,
                () -> members.recipientByIdentity(otherVolunteer, "周桂兰", recipientId)).status());
        Caller elsewhere = f.member(f.station("二七区服务站"), "vol-000003", Role.VOLUNTEER);
        assertEquals(404, assertThrows(DomainException.class,
                () -> members.recipientByIdentity(elsewhere, "周桂英", recipientId)).status());

        Map<String, String> names = members.names(List.of(recipient.getMemberId(), "@pool"));
        assertEquals(Map.of(recipient.getMemberId(), "周桂英"), names);
    }

    @Test
    void stationStaffAdministerTheAccountsOfTheirOwnStationOnly() {
        StationAccounts scope = f.wire(new StationAccounts());
        Caller colleague = f.staffOf(station);
        Caller member = f.member(station, "vol-000010", Role.VOLUNTEER);
        Station other = f.station("二七区服务站");
        Caller otherStaff = f.staffOf(other);
        Caller otherMember = f.member(other, "vol-000011", Role.VOLUNTEER);

        assertTrue(scope.administers(staff, account(colleague)));
        assertTrue(scope.administers(staff, account(member)));
        assertFalse(scope.administers(staff, account(otherStaff)));
        assertFalse(scope.administers(staff, account(otherMember)));
        assertFalse(scope.administers(f.regulator(), account(member)));
        Caller postless = new Caller(f.user("no-post", Role.STATION_STAFF), "no-post", Role.STATION_STAFF, null, null);
        assertFalse(scope.administers(postless, account(member)));
    }

    @Test
    void stationsAreFoundByIdAndStaffWithoutAPostActForNone() {
        assertEquals(station.getId(), f.stations.get(station.getId()).getId());
        assertEquals(404, assertThrows(DomainException.class, () -> f.stations.get(Long.MAX_VALUE)).status());
        Caller postless = new Caller(f.user("no-post-staff", Role.STATION_STAFF), "no-post-staff", Role.STATION_STAFF, null, null);
        assertEquals(403, assertThrows(DomainException.class, () -> f.stations.of(postless)).status());
    }

    private UserAccount account(Caller c) {
        return f.em.find(UserAccount.class, c.userId());
    }

    @Test
    void joinApplicationsAreThrottledPerClient() {
        JoinThrottle throttle = new JoinThrottle();
        Config config = mock(Config.class);
        when(config.getOptionalValue("timebank.join.rate-limit", Integer.class)).thenReturn(Optional.of(2));
        throttle.config = config;
        throttle.configure();
        Instant now = Instant.now();

        assertEquals(0, throttle.acquire("10.0.0.1", now));
        assertEquals(0, throttle.acquire("10.0.0.1", now));
        assertTrue(throttle.acquire("10.0.0.1", now) > 0);
        assertEquals(0, throttle.acquire("10.0.0.2", now));
    }
}
