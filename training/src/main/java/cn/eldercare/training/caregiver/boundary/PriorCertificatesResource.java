package cn.eldercare.training.caregiver.boundary;

import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.caregiver.control.CaregiverHistory;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.caregiver.entity.PriorCertificate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;

/** Certificates a caregiver already held when recorded here; the eligibility check reads them. */
@Path("caregivers/{id}/prior-certificates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriorCertificatesResource {

    public record CertificateInput(@NotNull @Pattern(regexp = "[A-Z0-9]{1,16}") String occupationCode,
                                   @NotNull @Min(1) @Max(5) Integer level,
                                   @NotNull @Pattern(regexp = "SKILL_LEVEL|QUALIFICATION|ONE_PLUS_X") String kind,
                                   @NotBlank @Size(max = 40) String number, @NotNull LocalDate issuedOn) {
    }

    public record CertificateView(long id, String occupationCode, int level, String kind, String number, LocalDate issuedOn,
                                  String recordedBy) {
        static CertificateView of(PriorCertificate c) {
            return new CertificateView(c.getId(), c.getOccupationCode(), c.getLevel(), c.getKind(), c.getNumber(), c.getIssuedOn(),
                    c.getRecordedBy());
        }
    }

    @Inject
    CaregiverHistory history;
    @Inject
    Caregivers caregivers;

    @Operation(summary = "既往证书 / Prior certificates",
            description = "护理员在本平台之外取得的证书（申报更高等级时的条件之一）。"
                    + "\n\nThe certificates a caregiver obtained before or elsewhere (one of the conditions for applying to a higher "
                    + "level).")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public List<CertificateView> certificates(@PathParam("id") long id, @Context SecurityContext security) {
        caregivers.visible(Callers.of(security), id);
        return history.certificates(id).stream().map(CertificateView::of).toList();
    }

    @Operation(summary = "登记既往证书 / Record a prior certificate",
            description = "基地工作人员核验后登记护理员的既往证书（职业、等级、编号、发证日期）。"
                    + "\n\nBase staff record a prior certificate they have checked (occupation, level, number, date of issue).")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @RolesAllowed(Roles.BASE_STAFF)
    public Response addCertificate(@PathParam("id") long id, @NotNull @Valid CertificateInput in, @Context SecurityContext security) {
        PriorCertificate c = history.addPriorCertificate(Callers.of(security), id, in.occupationCode(), in.level(), in.kind(),
                in.number().strip(), in.issuedOn());
        return Response.status(Response.Status.CREATED).entity(CertificateView.of(c)).build();
    }
}
