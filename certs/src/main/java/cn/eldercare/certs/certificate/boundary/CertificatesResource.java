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
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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

    @Operation(summary = "颁发证书 / Issue a certificate",
            description = "本基地工作人员为一个报名颁发签名的电子证书（PDF，PAdES 签名），"
                    + "证书编号按国家规则生成。不满足发证条件（学时、理论、技能、二级和一级的评审）时为 422 并逐条说明；"
                    + "已颁发或基地没有签名密钥时为 409。"
                    + "\n\nStaff of the base issue the signed certificate (a PAdES-signed PDF) of an enrolment, numbered by the "
                    + "national rules. 422 naming each issuing rule not met (hours, theory, skill, review for levels 2 and 1); "
                    + "409 when it is already issued or the base has no signing key.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @POST
    @RolesAllowed(Roles.BASE_STAFF)
    public Response issue(@NotNull @Valid IssueInput in, @Context SecurityContext security) {
        return created(issuing.issue(Callers.of(security), in.enrolmentId()));
    }

    @Operation(summary = "证书列表 / List certificates",
            description = "按护理员、课程、任务、证书编号、类别或状态筛选证书，分页返回；护理员只看到自己的，"
                    + "基地看到本基地的，监管部门看到全部。"
                    + "\n\nCertificates filtered by caregiver, course, job, number, kind or status, a page at a time: caregivers see "
                    + "their own, bases their base's, the regulator all.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public Page<CertificateView> list(@QueryParam("caregiverId") Long caregiverId, @QueryParam("courseId") Long courseId,
                                      @QueryParam("jobId") Long jobId, @QueryParam("status") CertificateStatus status,
                                      @QueryParam("kind") CertificateKind kind, @QueryParam("number") @Size(max = 22) String number,
                                      @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return certificates.list(Callers.of(security), new CertificateFilter(caregiverId, courseId, jobId, status, kind,
                number == null ? null : number.strip().toUpperCase(java.util.Locale.ROOT)), page).map(this::view);
    }

    @Operation(summary = "查看证书 / Read a certificate",
            description = "证书的印制信息、版本与状态（有效、已撤销、已被新版取代）；持证人、颁证基地和监管部门可看。"
                    + "\n\nA certificate's printed data, version and state (valid, revoked, superseded by a new version), for its "
                    + "holder, its base and the regulator.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public CertificateView get(@PathParam("id") long id, @Context SecurityContext security) {
        return view(certificates.visible(Callers.of(security), id));
    }

    /** The signed PDF exactly as issued; never cached by intermediaries, as it carries personal data. */
    @Operation(summary = "下载证书 PDF / Download a certificate's PDF",
            description = "返回颁发时签名的 PDF 原件（不重新生成，签名时间无法重现），不允许中间缓存，"
                    + "因其含个人信息。"
                    + "\n\nThe signed PDF exactly as issued (never re-rendered: the signature's time cannot be reproduced); never "
                    + "cached by intermediaries, as it carries personal data.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public Response pdf(@PathParam("id") long id, @Context SecurityContext security) {
        Certificate c = certificates.visible(Callers.of(security), id);
        return Response.ok(certificates.pdf(c), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + c.getNumber() + "-v" + c.getVersion() + ".pdf\"")
                .header("Cache-Control", "private, no-store").header("ETag", "\"" + c.getPdfSha256() + "\"").build();
    }

    @Operation(summary = "撤销证书 / Revoke a certificate",
            description = "颁证基地工作人员或监管部门撤销证书并写明原因；公开查验随即显示“已撤销”，"
                    + "操作记入审计。已撤销时为 409。"
                    + "\n\nStaff of the issuing base or the regulator revoke a certificate, with a reason; public verification shows "
                    + "it revoked at once, and the audit trail records it. 409 when already revoked.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @Path("{id}/revoke")
    @RolesAllowed({Roles.BASE_STAFF, Roles.REGULATOR})
    public CertificateView revoke(@PathParam("id") long id, @NotNull @Valid ReasonInput in, @Context SecurityContext security) {
        return view(revocations.revoke(Callers.of(security), id, in.reason().strip()));
    }

    @Operation(summary = "补发/换发证书 / Re-issue a certificate",
            description = "颁证基地工作人员以原因补发或换发证书：生成新版本（第 N 版，取代上一版），"
                    + "编号不变，旧版标为已取代。已撤销或已被取代时为 409。"
                    + "\n\nStaff of the issuing base re-issue a certificate with a reason: a new version (version N, superseding the "
                    + "last) with the same number; the old one is marked superseded. 409 when it is revoked or already "
                    + "superseded.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @POST
    @Path("{id}/reissue")
    @RolesAllowed(Roles.BASE_STAFF)
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
