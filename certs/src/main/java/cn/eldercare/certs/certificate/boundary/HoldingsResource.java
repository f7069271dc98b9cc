package cn.eldercare.certs.certificate.boundary;

import cn.eldercare.certs.certificate.control.CertificateFilter;
import cn.eldercare.certs.certificate.control.Certificates;
import cn.eldercare.certs.document.control.CertificateDocuments;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.caregiver.control.CaregiverHistory;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.caregiver.entity.PriorCertificate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a caregiver holds: certificates issued here, and those recorded from paper originals
 * (legacy 职业资格证书 among them), which stay in the training module's prior certificates where the
 * eligibility check reads them, linked here rather than copied.
 */
@Path("caregivers/{id}/certificates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HoldingsResource {

    public record Holdings(List<CertificateView> issued, List<Recorded> recorded) {
    }

    /** A certificate entered from its paper original; {@code kind} is SKILL_LEVEL, QUALIFICATION or ONE_PLUS_X. */
    public record Recorded(long id, String kind, String occupationCode, int level, String number, LocalDate issuedOn,
                           String recordedBy) {
        static Recorded of(PriorCertificate p) {
            return new Recorded(p.getId(), p.getKind(), p.getOccupationCode(), p.getLevel(), p.getNumber(), p.getIssuedOn(),
                    p.getRecordedBy());
        }
    }

    @Inject
    Caregivers caregivers;
    @Inject
    CaregiverHistory history;
    @Inject
    Certificates certificates;
    @Inject
    CertificateDocuments documents;

    @Operation(summary = "护理员持有的证书 / A caregiver's certificates",
            description = "护理员本人、相关基地和监管部门查看该护理员持有的全部证书（平台颁发的和登记的既往证书）。"
                    + "\n\nThe caregiver, the bases concerned and the regulator see every certificate the caregiver holds (issued "
                    + "here and prior ones recorded).")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public Holdings of(@PathParam("id") long id, @Context SecurityContext security) {
        caregivers.visible(Callers.of(security), id);
        var issued = certificates.list(Callers.of(security), new CertificateFilter(id, null, null, null, null, null),
                PageRequest.of(0, 100)).items().stream()
                .map(c -> CertificateView.of(c, documents.verifyLink(c.getVerificationCode()))).toList();
        return new Holdings(issued, history.certificates(id).stream().map(Recorded::of).toList());
    }
}
