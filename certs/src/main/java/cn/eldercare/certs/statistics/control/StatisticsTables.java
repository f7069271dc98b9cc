package cn.eldercare.certs.statistics.control;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.spreadsheet.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The three statistics as download tables, with the columns a bureau's spreadsheet expects. */
public final class StatisticsTables {

    private StatisticsTables() {
    }

    public static Table staff(List<StaffRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(List.of(r.institution(), r.staff(), r.certified(), r.ratio(), r.level1(), r.level2(), r.level3(),
                r.level4(), r.level5())));
        return new Table("certified-staff", List.of(Text.of("机构", "institution"), Text.of("在岗人数", "staff"),
                Text.of("持证人数", "certified"), Text.of("持证率", "ratio"), Text.of("一级", "level 1"), Text.of("二级", "level 2"),
                Text.of("三级", "level 3"), Text.of("四级", "level 4"), Text.of("五级", "level 5")), out);
    }

    public static Table monthly(List<MonthRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(List.of(r.month(), r.baseId(), r.baseName(), r.issued(), r.reissued())));
        return new Table("certificates-per-month", List.of(Text.of("月份", "month"), Text.of("基地编号", "base id"),
                Text.of("培训基地", "base"), Text.of("颁发", "issued"), Text.of("重新颁发", "re-issued")), out);
    }

    public static Table subsidy(List<SubsidyRow> rows, Locale locale) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(List.of(r.category().label().in(locale), r.holderName(), r.idNumberMasked(), r.occupation(),
                r.level(), r.number(), r.issuedOn().toString(), r.base(), r.course())));
        return new Table("subsidy-list", List.of(Text.of("补贴类别", "subsidy category"), Text.of("姓名", "name"),
                Text.of("身份证号", "ID number"), Text.of("职业", "occupation"), Text.of("等级", "level"),
                Text.of("证书编号", "certificate number"), Text.of("发证日期", "issued on"), Text.of("培训基地", "base"),
                Text.of("课程", "course")), out);
    }
}
