package cn.eldercare.certs.bulk.boundary;

import cn.eldercare.certs.bulk.control.BulkJobs;
import cn.eldercare.certs.bulk.control.JobRunner;
import cn.eldercare.certs.bulk.entity.CertificateJob;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;

/** Bulk issuing for a course cohort: start a job (202 with its location) and list the course's jobs. */
@Path("courses/{courseId}/certificate-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CourseJobsResource {

    @Inject
    BulkJobs jobs;
    @Inject
    JobRunner runner;
    @Context
    HttpHeaders headers;

    @Operation(summary = "为课程学员批量颁证 / Issue a course cohort's certificates",
            description = "本基地工作人员为课程中符合发证条件的全部学员启动批量颁证任务，立即返回 202 和任务地址；"
                    + "进度用 GET /api/certificate-jobs/{id} 查看。"
                    + "已有进行中的任务或基地没有签名密钥时为 409。"
                    + "\n\nStaff of the base start a job issuing the certificates of every enrolment of the course that meets the "
                    + "rules; answers 202 at once with the job's location, whose progress GET /api/certificate-jobs/{id} shows. "
                    + "409 when a job is already running or the base has no signing key.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @RolesAllowed(Roles.BASE_STAFF)
    public Response start(@PathParam("courseId") long courseId, @Context SecurityContext security) {
        CertificateJob job = jobs.create(Callers.of(security), courseId);
        runner.submit(job.getId());
        return Response.accepted(view(job)).location(URI.create("certificate-jobs/" + job.getId())).build();
    }

    @Operation(summary = "课程的批量颁证任务列表 / A course's certificate jobs",
            description = "基地工作人员、考评员或监管部门分页列出课程的批量颁证任务，最新的在前。"
                    + "\n\nBase staff, assessors or the regulator list the course's certificate jobs, newest first, a page at a "
                    + "time.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @RolesAllowed({Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public Page<JobView> ofCourse(@PathParam("courseId") long courseId, @Valid @BeanParam PageRequest page,
                                  @Context SecurityContext security) {
        return jobs.ofCourse(Callers.of(security), courseId, page).map(this::view);
    }

    private JobView view(CertificateJob job) {
        return JobView.of(job, List.of(), ProblemResponses.locale(headers));
    }
}
