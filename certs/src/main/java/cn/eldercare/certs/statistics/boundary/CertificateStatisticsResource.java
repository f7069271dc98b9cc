package cn.eldercare.certs.statistics.boundary;

import cn.eldercare.certs.statistics.control.MonthRow;
import cn.eldercare.certs.statistics.control.MonthlyIssuance;
import cn.eldercare.certs.statistics.control.StaffRow;
import cn.eldercare.certs.statistics.control.StaffStatistics;
import cn.eldercare.certs.statistics.control.StatisticsTables;
import cn.eldercare.certs.statistics.control.SubsidyLists;
import cn.eldercare.certs.statistics.control.SubsidyRow;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.platform.spreadsheet.Downloads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Statistics for the regulator, as JSON or as CSV/XLSX downloads ({@code format=csv|xlsx}). */
@Path("certificate-statistics")
@RequestScoped
@RolesAllowed(Roles.REGULATOR)
@Produces({"application/json", Downloads.CSV, Downloads.XLSX})
public class CertificateStatisticsResource {

    public record StaffReport(String occupation, LocalDate asOf, StaffRow total, List<StaffRow> institutions) {
    }

    public record MonthlyReport(YearMonth from, YearMonth to, List<MonthRow> rows) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int DOWNLOAD_ROWS = 100_000;

    @Inject
    StaffStatistics staff;
    @Inject
    MonthlyIssuance monthly;
    @Inject
    SubsidyLists subsidy;
    @Context
    HttpHeaders headers;

    @Operation(summary = "各机构持证人员比例 / Certified staff per institution",
            description = "监管部门按职业查看各机构持证护理员的人数与比例；format=csv 或 xlsx 时下载文件。"
                    + "\n\nThe regulator sees, per occupation, how many of each institution's caregivers hold a certificate and the "
                    + "ratio; format=csv or xlsx downloads it.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @Path("staff")
    public Response staff(@QueryParam("occupation") @DefaultValue("YLHLY") @Pattern(regexp = "[A-Z0-9]{1,16}") String occupation,
                          @QueryParam("format") @DefaultValue("json") @Pattern(regexp = Downloads.FORMATS) String format) {
        LocalDate today = LocalDate.now(CHINA);
        List<StaffRow> rows = staff.byInstitution(occupation, today);
        int[] levels = new int[6];
        rows.forEach(r -> {
            levels[1] += r.level1(); levels[2] += r.level2(); levels[3] += r.level3(); levels[4] += r.level4(); levels[5] += r.level5();
        });
        StaffRow total = StaffRow.total(rows.stream().mapToInt(StaffRow::staff).sum(), levels);
        return Downloads.of(format, new StaffReport(occupation, today, total, rows), StatisticsTables.staff(rows), locale());
    }

    @Operation(summary = "每月颁证数 / Certificates per month",
            description = "监管部门按月份（from、to，yyyy-MM）和基地统计颁发的证书；format=csv 或 xlsx 时下载文件。"
                    + "\n\nThe regulator counts the certificates issued per month (from, to as yyyy-MM) and base; format=csv or xlsx "
                    + "downloads it.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @Path("monthly")
    public Response monthly(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = Downloads.FORMATS) String format) {
        YearMonth end = month("to", to, YearMonth.now(CHINA));
        YearMonth start = month("from", from, end.minusMonths(11));
        if (start.isAfter(end)) {
            throw DomainException.invalid("from", Text.of("起始月份晚于结束月份", "is after 'to'"));
        }
        List<MonthRow> rows = monthly.between(start, end);
        return Downloads.of(format, new MonthlyReport(start, end, rows), StatisticsTables.monthly(rows), locale());
    }

    @Operation(summary = "补贴申领名单 / Subsidy claims",
            description = "监管部门按补贴类别和日期范围列出可申领职业技能补贴的证书；format=csv 或 xlsx 时下载文件。"
                    + "\n\nThe regulator lists the certificates that qualify for a training subsidy, by category and date range; "
                    + "format=csv or xlsx downloads it.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @Path("subsidy")
    public Response subsidy(@QueryParam("category") SubsidyCategory category, @QueryParam("from") LocalDate from,
                            @QueryParam("to") LocalDate to, @QueryParam("baseId") Long baseId, @Valid @BeanParam PageRequest page,
                            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = Downloads.FORMATS) String format) {
        boolean download = !"json".equals(format);
        Page<SubsidyRow> rows = subsidy.list(category, from, to, baseId, download ? PageRequest.of(0, DOWNLOAD_ROWS) : page);
        return Downloads.of(format, rows, StatisticsTables.subsidy(rows.items(), locale()), locale());
    }

    private java.util.Locale locale() {
        return ProblemResponses.locale(headers);
    }

    private static YearMonth month(String field, String text, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, Text.of("月份格式应为 2026-01", "must be a month like 2026-01"));
        }
    }
}
