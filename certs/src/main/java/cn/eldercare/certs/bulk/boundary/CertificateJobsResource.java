package cn.eldercare.certs.bulk.boundary;

import cn.eldercare.certs.bulk.control.BulkJobs;
import cn.eldercare.certs.bulk.control.JobRunner;
import cn.eldercare.certs.bulk.control.JobZip;
import cn.eldercare.certs.bulk.entity.CertificateJob;
import cn.eldercare.certs.bulk.entity.JobStatus;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
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

    @GET
    @Path("{id}")
    @Allow({Role.BASE_STAFF, Role.ASSESSOR, Role.REGULATOR})
    public JobView get(@PathParam("id") long id, @Context SecurityContext security) {
        CertificateJob job = jobs.visible(Callers.of(security), id);
        if (job.getStatus().isActive() && !runner.isActive(id)) {
            job = jobs.closeIfOrphaned(id);
        }
        return view(job);
    }

    @GET
    @Path("{id}/zip")
    @Produces("application/zip")
    @Allow({Role.BASE_STAFF, Role.REGULATOR})
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
