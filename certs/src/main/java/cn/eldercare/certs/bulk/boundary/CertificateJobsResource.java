package cn.eldercare.certs.bulk.boundary;

import cn.eldercare.certs.bulk.control.BulkJobs;
import cn.eldercare.certs.bulk.control.JobRunner;
import cn.eldercare.certs.bulk.control.JobZip;
import cn.eldercare.certs.bulk.entity.CertificateJob;
import cn.eldercare.certs.bulk.entity.JobStatus;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;


/** A bulk job: its progress while it runs, with a reason for every failure, and its result as one ZIP. */
@Path("certificate-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificateJobsResource {

    @Inject
    BulkJobs jobs;
    @Inject
    JobRunner runner;
    @Inject
    JobZip zip;
    @Context
    HttpHeaders headers;

    @Operation(summary = "查看批量颁证任务进度 / Cohort certificate job progress",
            description = "基地工作人员、考评员或监管部门查看一个批量颁证任务：总数、已颁发、已跳过（含原因）和失败的人数，"
                    + "以及任务是否完成。"
                    + "\n\nBase staff, assessors or the regulator read one cohort certificate job: how many certificates are due, "
                    + "issued, skipped (with the reason) and failed, and whether the job has finished.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public JobView get(@PathParam("id") long id, @Context SecurityContext security) {
        CertificateJob job = jobs.visible(Callers.of(security), id);
        if (job.getStatus().isActive() && !runner.isActive(id)) {
            job = jobs.closeIfOrphaned(id);
        }
        return view(job);
    }

    @Operation(summary = "下载批量颁证任务的 ZIP / Download a cohort job's ZIP",
            description = "本基地工作人员或监管部门下载任务中全部已签名证书 PDF 的 ZIP 压缩包；"
                    + "任务未完成时为 409。"
                    + "\n\nStaff of the base or the regulator download a ZIP of every signed certificate PDF of the job; 409 while "
                    + "the job has not finished.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @GET
    @Path("{id}/zip")
    @Produces("application/zip")
    @RolesAllowed({Roles.BASE_STAFF, Roles.REGULATOR})
    public Response download(@PathParam("id") long id, @Context SecurityContext security) {
        CertificateJob job = jobs.visible(Callers.of(security), id);
        if (job.getStatus() != JobStatus.DONE) {
            throw DomainException.conflict("JOB_NOT_DONE", Text.of("批量发证任务尚未完成", "The bulk job has not finished"));
        }
        StreamingOutput body = out -> zip.write(id, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"certificates-job-" + id + ".zip\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private JobView view(CertificateJob job) {
        return JobView.of(job, jobs.failures(job.getId()), ProblemResponses.locale(headers));
    }
}
