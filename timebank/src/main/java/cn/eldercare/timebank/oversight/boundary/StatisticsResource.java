package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.platform.spreadsheet.Downloads;
import cn.eldercare.timebank.oversight.control.Statistics;
import cn.eldercare.timebank.oversight.control.StatisticsTable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
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

/** Time-bank statistics for the regulator, as JSON or the hours per region and month as a CSV/XLSX download ({@code format=csv|xlsx}). */
@Path("timebank/statistics")
@RequestScoped
@Produces({"application/json", Downloads.CSV, Downloads.XLSX})
public class StatisticsResource {

    @Inject
    Statistics statistics;
    @Context
    HttpHeaders headers;

    @Operation(summary = "时间银行统计 / Time-bank statistics",
            description = "监管部门按地区和月份查看存入与兑换的分钟数和小时数；format=csv 或 xlsx 时下载文件。"
                    + "\n\nThe regulator sees the minutes and hours deposited and redeemed per region and month; format=csv or xlsx "
                    + "downloads it.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @RolesAllowed(Roles.REGULATOR)
    public Response summary(@QueryParam("format") @DefaultValue("json") @Pattern(regexp = Downloads.FORMATS) String format) {
        Statistics.Summary summary = statistics.summary();
        return Downloads.of(format, summary, StatisticsTable.perRegionAndMonth(summary), ProblemResponses.locale(headers));
    }
}
