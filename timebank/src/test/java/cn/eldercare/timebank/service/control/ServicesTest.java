package cn.eldercare.timebank.service.control;

import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;
import cn.eldercare.timebank.readmodel.control.ReadModelCheck;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import cn.eldercare.timebank.readmodel.entity.ServiceRow;
import cn.eldercare.timebank.station.entity.Station;
import cn.eldercare.timebank.testing.TimeBankFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Services over the embedded ledger and the read model it feeds: the ledger decides, the read model shows it. */
class ServicesTest {

    private static final Instant START = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path dir;

    private TimeBankFixture f;
    private final Services services = new Services();
    private final ReadModelCheck check = new ReadModelCheck();
    private Station station;
    private Caller staff;
    private Caller volunteer;
    private Caller recipient;

    @BeforeEach
    void setUp() {
        f = new TimeBankFixture(dir);
        f.wire(services);
        f.wire(check);
        station = f.station("金水区服务站");
        staff = f.staffOf(station);
        volunteer = f.member(station, "vol-000001", Role.VOLUNTEER);
        recipient = f.member(station, "rec-000001", Role.RECIPIENT);
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    private String log(Caller caller, String requestId) {
        ServiceRecord logged = services.log(caller, "vol-000001", "rec-000001", "MEAL", START, START.plusSeconds(45 * 60), requestId);
        f.caughtUp();
        return logged.recordId();
    }

    private List<String> pending(Caller caller) {
        return services.pending(caller, PageRequest.of(0, 20)).items().stream().map(ServiceRow::getRecordId).toList();
    }

    @Test
    void aLoggedServiceWaitsInEveryonesQueueAndConfirmingItCreditsTheVolunteer() {
        String recordId = log(volunteer, "s1");

        ServiceRow row = f.em.find(ServiceRow.class, recordId);
        assertEquals("vol-000001", row.getVolunteerId());
        assertEquals("rec-000001", row.getRecipientId());
        assertEquals(START, row.getStartsAt().toInstant());
        for (Caller c : List.of(volunteer, recipient, staff, f.regulator())) {
            assertEquals(List.of(recordId), pending(c), c.role().name());
        }

        Results.Confirmation confirmed = services.confirm(recipient, recordId, 5, "很好", "c1");
        f.caughtUp();

        assertEquals(45, confirmed.creditedMinutes());
        assertEquals(List.of(), pending(recipient));
        AccountRow account = f.em.find(AccountRow.class, "vol-000001");
        assertEquals(45, account.getBalance());
        assertEquals(45, account.getDeposited());
        assertEquals(0, account.getWithdrawn());
        ReadModelCheck.Report report = check.run("regulator1");
        assertTrue(report.consistent(), report::toString);
        assertEquals(1, report.accounts());
        assertEquals(45, report.ledgerAccountsTotal());
    }

    @Test
    void stationStaffLogAndConfirmForTheirOwnMembersOnlyAndNeverTheirOwnRecord() {
        String recordId = log(staff, "s2");
        assertEquals(List.of(recordId), pending(staff));

        Caller stranger = f.staffOf(f.station("二七区服务站"));
        DomainException refused = assertThrows(DomainException.class,
                () -> services.log(stranger, "vol-000001", "rec-000001", "MEAL", START, START.plusSeconds(1800), "s3"));
        assertEquals(403, refused.status());
        assertEquals(List.of(), pending(stranger));
        assertEquals(403, assertThrows(DomainException.class, () -> services.confirm(stranger, recordId, 4, null, "c2")).status());

        LedgerRefusal ownRecord = assertThrows(LedgerRefusal.class, () -> services.confirm(staff, recordId, 4, null, "c3"));
        assertEquals("SELF_CONFIRMATION", ownRecord.code());

        services.confirm(f.staffOf(station), recordId, 4, null, "c3");
        f.caughtUp();
        assertEquals(45, f.em.find(AccountRow.class, "vol-000001").getBalance());
    }

    @Test
    void theLedgerRefusesAServiceConfirmedTwiceAndAStaffLogWithoutAVolunteer() {
        String recordId = log(volunteer, "s4");
        services.confirm(recipient, recordId, 5, null, "c4");
        LedgerRefusal again = assertThrows(LedgerRefusal.class, () -> services.confirm(recipient, recordId, 5, null, "c5"));
        assertEquals("INVALID_STATE", again.code());

        DomainException noVolunteer = assertThrows(DomainException.class,
                () -> services.log(staff, null, "rec-000001", "MEAL", START, START.plusSeconds(1800), "s5"));
        assertEquals(400, noVolunteer.status());
    }

    @Test
    void onlyMembersStaffAndTheRegulatorSeeQueues() {
        Caller other = new Caller(999, "base-staff", Role.BASE_STAFF, 1L, null);
        assertEquals(403, assertThrows(DomainException.class, () -> pending(other)).status());
    }

    @Test
    void theCheckFindsAReadModelThatDisagreesWithTheLedger() {
        String recordId = log(volunteer, "s6");
        services.confirm(recipient, recordId, 5, null, "c6");
        f.caughtUp();
        f.tx(() -> {
            f.em.find(AccountRow.class, "vol-000001").apply(10, null);
            return null;
        });

        ReadModelCheck.Report report = check.run("regulator1");

        assertFalse(report.consistent());
        assertEquals(List.of(new ReadModelCheck.Mismatch("vol-000001", "balance", 45, 55),
                new ReadModelCheck.Mismatch("vol-000001", "deposited", 45, 55)), report.mismatches());
        assertEquals(55, report.readModelAccountsTotal());
    }
}
