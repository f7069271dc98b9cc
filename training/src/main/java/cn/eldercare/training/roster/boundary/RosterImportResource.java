package cn.eldercare.training.roster.boundary;

import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.roster.control.ImportMode;
import cn.eldercare.training.roster.control.ImportReport;
import cn.eldercare.training.roster.control.RosterFormat;
import cn.eldercare.training.roster.control.RosterImport;
import cn.eldercare.training.roster.control.RosterParser;
import cn.eldercare.training.roster.control.RowError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Bulk enrolment from a CSV or XLSX roster, sent as the request body with its media type.
 * {@code mode=ALL_OR_NOTHING} (the default) refuses the file on any bad row; {@code GOOD_ROWS} imports the rest.
 */
@Path("courses/{courseId}/roster-import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RosterImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record RowProblem(int row, String column, String message) {
    }

    public record Report(int imported, int enrolled, int waiting, int newCaregivers, List<RowProblem> errors) {
    }

    @Inject
    RosterImport rosterImport;
    @Context
    HttpHeaders headers;

    @Operation(summary = "导入花名册（CSV 或 XLSX） / Import a roster (CSV or XLSX)",
            description = "本基地工作人员上传 CSV（text/csv）或 Excel（XLSX）花名册，"
                    + "登记护理员并报名本课程。mode=ALL_OR_NOTHING 时任一行有误则整体拒绝（422，"
                    + "逐行说明）；mode=GOOD_ROWS 时只导入正确的行。错误报告中的身份证号和电话遮挡。"
                    + "\n\nStaff of the base upload a roster as CSV (text/csv) or Excel (XLSX) to register caregivers and enrol them "
                    + "in the course. With mode=ALL_OR_NOTHING any bad row refuses the whole file (422, row by row); with "
                    + "mode=GOOD_ROWS the good rows are imported. ID numbers and phones are masked in the report.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.BASE_STAFF)
    public Report csv(@PathParam("courseId") long courseId, @QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                      InputStream body, @Context SecurityContext security) {
        return run(courseId, mode, body, RosterFormat.CSV, security);
    }

    @Operation(summary = "导入花名册（CSV 或 XLSX） / Import a roster (CSV or XLSX)",
            description = "本基地工作人员上传 CSV（text/csv）或 Excel（XLSX）花名册，"
                    + "登记护理员并报名本课程。mode=ALL_OR_NOTHING 时任一行有误则整体拒绝（422，"
                    + "逐行说明）；mode=GOOD_ROWS 时只导入正确的行。错误报告中的身份证号和电话遮挡。"
                    + "\n\nStaff of the base upload a roster as CSV (text/csv) or Excel (XLSX) to register caregivers and enrol them "
                    + "in the course. With mode=ALL_OR_NOTHING any bad row refuses the whole file (422, row by row); with "
                    + "mode=GOOD_ROWS the good rows are imported. ID numbers and phones are masked in the report.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @POST
    @Consumes(XLSX)
    @RolesAllowed(Roles.BASE_STAFF)
    public Report xlsx(@PathParam("courseId") long courseId, @QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                       InputStream body, @Context SecurityContext security) {
        return run(courseId, mode, body, RosterFormat.XLSX, security);
    }

    private Report run(long courseId, ImportMode mode, InputStream body, RosterFormat format, SecurityContext security) {
        ImportReport r = rosterImport.run(Callers.of(security), courseId, RosterParser.parse(body, format), mode);
        Locale locale = ProblemResponses.locale(headers);
        return new Report(r.imported(), r.enrolled(), r.waiting(), r.newCaregivers(),
                r.errors().stream().map((RowError e) -> new RowProblem(e.rowNumber(), e.column(), e.reason().in(locale))).toList());
    }
}
