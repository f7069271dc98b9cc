package cn.eldercare.timebank.oversight.control;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.spreadsheet.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The regulator's download: minutes deposited and redeemed per region and month, with hours beside them for a bureau's report. */
public final class StatisticsTable {

    private StatisticsTable() {
    }

    public static Table perRegionAndMonth(Statistics.Summary summary) {
        List<List<Object>> rows = summary.perRegionAndMonth().stream().<List<Object>>map(r -> List.of(r.regionCode(),
                String.format("%04d-%02d", r.year(), r.month()), r.depositedMinutes(), hours(r.depositedMinutes()),
                r.redeemedMinutes(), hours(r.redeemedMinutes()))).toList();
        return new Table("timebank-hours-per-region", List.of(Text.of("地区代码", "region code"), Text.of("月份", "month"),
                Text.of("存入（分钟）", "deposited (minutes)"), Text.of("存入（小时）", "deposited (hours)"),
                Text.of("兑换（分钟）", "redeemed (minutes)"), Text.of("兑换（小时）", "redeemed (hours)")), rows);
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
