package cn.eldercare.timebank.oversight.control;

import cn.eldercare.platform.spreadsheet.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatisticsTableTest {

    @Test
    void minutesAndHoursPerRegionAndMonth() {
        Statistics.Summary summary = new Statistics.Summary(List.of(new Statistics.RegionMonth("410105", 2026, 3, 90, 20)), List.of(), 0, 0);

        Table table = StatisticsTable.perRegionAndMonth(summary);

        assertEquals(List.of(List.of("410105", "2026-03", 90L, new BigDecimal("1.50"), 20L, new BigDecimal("0.33"))), table.rows());
        assertEquals("\uFEFFregion code,month,deposited (minutes),deposited (hours),redeemed (minutes),redeemed (hours)\r\n"
                + "410105,2026-03,90,1.50,20,0.33\r\n", table.csv(Locale.ENGLISH));
        assertEquals("地区代码", table.headers().get(0).in(Locale.SIMPLIFIED_CHINESE));
    }
}
