package cn.eldercare.certs.bulk.boundary;

import cn.eldercare.certs.bulk.control.BulkJobs;
import cn.eldercare.certs.bulk.control.JobRunner;
import cn.eldercare.certs.bulk.entity.CertificateJob;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
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

    @POST
    @Allow(Role.BASE_STAFF)
    public Response start(@PathParam("courseId") long courseId, @Context SecurityContext security) {
        CertificateJob job = jobs.create(Callers.of(security), courseId);
        runner.submit(job.getId());
        return Response.accepted(view(job)).location(URI.create("certificate-jobs/" + job.getId())).build();
    }

    @GET
    @Allow({Role.BASE_STAFF, Role.ASSESSOR, Role.REGULATOR})
    public Page<JobView> ofCourse(@PathParam("courseId") long courseId, @Valid @BeanParam PageRequest page,
                                  @Context SecurityContext security) {
        return jobs.ofCourse(Callers.of(security), courseId, page).map(this::view);
    }

    private JobView view(CertificateJob job) {
        return JobView.of(job, List.of(), ProblemResponses.locale(headers));
    }
}
