package cn.eldercare.timebank.account.control;

import cn.eldercare.chaincode.model.Kinship;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import cn.eldercare.timebank.service.control.Services;
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
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Moving minutes through the ledger, signed by the member, and reading balances and statements from the read model. */
class TimeAccountsLedgerTest {

    @TempDir
    Path dir;

    private TimeBankFixture f;
    private TimeAccounts accounts;
    private Relatives relatives;
    private Station station;
    private Caller staff;
    private Caller volunteer;
    private Caller recipient;

    @BeforeEach
    void setUp() {
        f = new TimeBankFixture(dir);
        accounts = f.wire(new TimeAccounts());
        relatives = f.wire(new Relatives());
        station = f.station("金水区服务站");
        staff = f.staffOf(station);
        volunteer = f.member(station, "vol-000001", Role.VOLUNTEER);
        recipient = f.member(station, "rec-000001", Role.RECIPIENT, "LOW_INCOME");
        Services services = f.wire(new Services());
        Instant start = Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS);
        String recordId = services.log(volunteer, null, "rec-000001", "MEAL", start, start.plusSeconds(60 * 60), "s1").recordId();
        services.confirm(recipient, recordId, 5, null, "c1");
        f.caughtUp();
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void aDonationLeavesTheAccountForThePoolAndShowsInTheStatement() {
        assertEquals(60, accounts.balance("vol-000001").getBalance());

        accounts.donate(volunteer, 15, "d1");
        f.caughtUp();

        AccountRow row = accounts.balance("vol-000001");
        assertEquals(45, row.getBalance());
        assertEquals(60, row.getDeposited());
        assertEquals(15, row.getWithdrawn());
        List<TimeAccounts.Line> lines = accounts.statement("vol-000001", PageRequest.of(0, 20)).items();
        assertEquals(List.of(-15L, 60L), lines.stream().map(l -> l.movement().getMinutes()).toList());
        assertEquals("MEAL", lines.get(1).movement().getCategoryCode());
        assertEquals(0, accounts.balance("nobody").getBalance());
    }

    @Test
    void theLedgerRefusesToMoveMoreMinutesThanTheAccountHolds() {
        LedgerRefusal refused = assertThrows(LedgerRefusal.class, () -> accounts.donate(volunteer, 61, "d2"));
        assertEquals("INSUFFICIENT_BALANCE", refused.code());
        f.caughtUp();
        assertEquals(60, accounts.balance("vol-000001").getBalance());
    }

    @Test
    void minutesGoToARelativeTheStationRecorded() {
        assertThrows(LedgerRefusal.class, () -> accounts.gift(volunteer, "rec-000001", 10, "g1"), "not a relative yet");

        accounts.recordRelative(staff, "vol-000001", "rec-000001", Kinship.PARENT, "r1");
        assertEquals(List.of(new Relatives.Relative("rec-000001", f.em.find(cn.eldercare.timebank.member.entity.Member.class,
                "rec-000001").getName(), "PARENT")), relatives.of(volunteer));

        accounts.gift(volunteer, "rec-000001", 10, "g2");
        f.caughtUp();
        assertEquals(50, accounts.balance("vol-000001").getBalance());
        assertEquals(10, accounts.balance("rec-000001").getBalance());
        TimeAccounts.Line gift = accounts.statement("vol-000001", PageRequest.of(0, 20)).items().get(0);
        assertEquals("rec-000001", gift.movement().getCounterparty());

        Caller stranger = f.staffOf(f.station("二七区服务站"));
        assertEquals(403, assertThrows(DomainException.class,
                () -> accounts.recordRelative(stranger, "vol-000001", "rec-000001", Kinship.PARENT, "r2")).status());
    }

    @Test
    void aRecipientRedeemsAndTheRegulatorIssuesFromTheFund() {
        accounts.donate(volunteer, 30, "d3");
        accounts.issueFromFund(new Caller(1, "regulator1", Role.REGULATOR, null, null), "rec-000001", 20, "困难老人补助", "i1");
        f.caughtUp();
        assertEquals(20, accounts.balance("rec-000001").getBalance());

        accounts.redeem(recipient, null, "MEAL", 5, "x1");
        f.caughtUp();
        assertEquals(15, accounts.balance("rec-000001").getBalance());
    }
}
