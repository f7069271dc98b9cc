package cn.eldercare.timebank.oversight.control;

import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.service.control.Services;
import cn.eldercare.timebank.station.entity.Station;
import cn.eldercare.timebank.testing.TimeBankFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The regulator's statistics, read from the read model the ledger fed. */
class StatisticsTest {

    @TempDir
    Path dir;

    private TimeBankFixture f;

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void confirmedServicesCountPerCategoryAndRegionMonthAndOpenOnesArePending() {
        f = new TimeBankFixture(dir);
        Statistics statistics = f.wire(new Statistics());
        Station station = f.station("金水区服务站");
        Caller volunteer = f.member(station, "vol-000001", Role.VOLUNTEER);
        Caller recipient = f.member(station, "rec-000001", Role.RECIPIENT);
        Services services = f.wire(new Services());
        Instant start = Instant.now().minus(Duration.ofHours(6)).truncatedTo(ChronoUnit.SECONDS);
        String meal = services.log(volunteer, null, "rec-000001", "MEAL", start, start.plusSeconds(40 * 60), "s1").recordId();
        services.log(volunteer, null, "rec-000001", "MEAL", start.plusSeconds(3600), start.plusSeconds(3600 + 20 * 60), "s2");
        services.confirm(recipient, meal, 5, null, "c1");
        f.caughtUp();

        Statistics.Summary summary = statistics.summary();

        assertEquals(List.of(new Statistics.CategoryCount("MEAL", 1, 40)), summary.topCategories());
        assertEquals(1, summary.pending());
        assertEquals(0, summary.expired());
        Statistics.RegionMonth flow = summary.perRegionAndMonth().get(0);
        assertEquals(1, summary.perRegionAndMonth().size());
        assertEquals("410102", flow.regionCode());
        assertEquals(40, flow.depositedMinutes());
        assertEquals(0, flow.redeemedMinutes());
        var credited = f.db.rows("SELECT EXTRACT(YEAR FROM at) AS Y, EXTRACT(MONTH FROM at) AS M FROM tb_movement WHERE account = ?",
                "vol-000001").get(0);
        assertEquals(((Number) credited.get("Y")).intValue(), flow.year());
        assertEquals(((Number) credited.get("M")).intValue(), flow.month());
    }
}
