package cn.eldercare.certs.certificate.boundary;

import cn.eldercare.certs.certificate.control.CertificateFilter;
import cn.eldercare.certs.certificate.control.Certificates;
import cn.eldercare.certs.certificate.control.Issuing;
import cn.eldercare.certs.certificate.control.Revocations;
import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.CertificateStatus;
import cn.eldercare.certs.document.control.CertificateDocuments;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;

/** Certificates: base staff issue, re-issue and revoke; the regulator revokes; holders and bases download. */
@Path("certificates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    public record IssueInput(@NotNull Long enrolmentId) {
    }

    /** Why a certificate is revoked or re-issued; the reason of a revocation is shown by public verification. */
    public record ReasonInput(@NotBlank @Size(min = 2, max = 500) String reason) {
    }

    @Inject
    Certificates certificates;
    @Inject
    Issuing issuing;
    @Inject
    Revocations revocations;
    @Inject
    CertificateDocuments documents;

    @POST
    @Allow(Role.BASE_STAFF)
    public Response issue(@NotNull @Valid IssueInput in, @Context SecurityContext security) {
        return created(issuing.issue(Callers.of(security), in.enrolmentId()));
    }

    @GET
    @Allow({Role.CAREGIVER, Role.BASE_STAFF, Role.ASSESSOR, Role.REGULATOR})
    public Page<CertificateView> list(@QueryParam("caregiverId") Long caregiverId, @QueryParam("courseId") Long courseId,
                                      @QueryParam("jobId") Long jobId, @QueryParam("status") CertificateStatus status,
                                      @QueryParam("kind") CertificateKind kind, @QueryParam("number") @Size(max = 22) String number,
                                      @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return certificates.list(Callers.of(security), new CertificateFilter(caregiverId, courseId, jobId, status, kind,
                number == null ? null : number.strip().toUpperCase(java.util.Locale.ROOT)), page).map(this::view);
    }

    @GET
    @Path("{id}")
    @Allow({Role.CAREGIVER, Role.BASE_STAFF, Role.ASSESSOR, Role.REGULATOR})
    public CertificateView get(@PathParam("id") long id, @Context SecurityContext security) {
        return view(certificates.visible(Callers.of(security), id));
    }

    /** The signed PDF exactly as issued; never cached by intermediaries, as it carries personal data. */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Allow({Role.CAREGIVER, Role.BASE_STAFF, Role.ASSESSOR, Role.REGULATOR})
    public Response pdf(@PathParam("id") long id, @Context SecurityContext security) {
        Certificate c = certificates.visible(Callers.of(security), id);
        return Response.ok(certificates.pdf(c), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + c.getNumber() + "-v" + c.getVersion() + ".pdf\"")
                .header("Cache-Control", "private, no-store").header("ETag", "\"" + c.getPdfSha256() + "\"").build();
    }

    @POST
    @Path("{id}/revoke")
    @Allow({Role.BASE_STAFF, Role.REGULATOR})
    public CertificateView revoke(@PathParam("id") long id, @NotNull @Valid ReasonInput in, @Context SecurityContext security) {
        return view(revocations.revoke(Callers.of(security), id, in.reason().strip()));
    }

    @POST
    @Path("{id}/reissue")
    @Allow(Role.BASE_STAFF)
    public Response reissue(@PathParam("id") long id, @NotNull @Valid ReasonInput in, @Context SecurityContext security) {
        return created(issuing.reissue(Callers.of(security), id, in.reason().strip()));
    }

    private Response created(Certificate c) {
        return Response.created(URI.create("certificates/" + c.getId())).entity(view(c)).build();
    }

    private CertificateView view(Certificate c) {
        return CertificateView.of(c, documents.verifyLink(c.getVerificationCode()));
    }
}
