package cn.eldercare.training.caregiver.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.caregiver.entity.Caregiver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Caregiver records: base staff register them (the offline channel), everyone sees only whom they may. */
@Path("caregivers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaregiversResource {

    @Inject
    Caregivers caregivers;

    @Operation(summary = "护理员列表 / List caregivers",
            description = "基地工作人员、考评员和监管部门按姓名或完整身份证号查找护理员，身份证号遮挡显示。"
                    + "\n\nBase staff, assessors and the regulator find caregivers by name or full ID number; ID numbers are shown "
                    + "masked.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @RolesAllowed({Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public Page<CaregiverView> list(@QueryParam("name") @Size(max = 50) String name,
                                    @QueryParam("idNumber") @Size(max = 18) String idNumber,
                                    @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return caregivers.list(Callers.of(security), name, idNumber, page).map(this::view);
    }

    @Operation(summary = "查看护理员 / Read a caregiver",
            description = "护理员本人、相关基地和监管部门查看护理员信息（身份证号、电话遮挡）。"
                    + "\n\nThe caregiver, the bases concerned and the regulator read a caregiver (ID number and phone masked).")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public CaregiverView get(@PathParam("id") long id, @Context SecurityContext security) {
        return view(caregivers.visible(Callers.of(security), id));
    }

    @Operation(summary = "登记护理员 / Register a caregiver",
            description = "基地工作人员登记护理员并为其建立账户；身份证号、电话加密保存。身份证号已登记时为 409。"
                    + "\n\nBase staff register a caregiver, with an account; ID number and phone are stored encrypted. 409 when the "
                    + "ID number is already registered.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @RolesAllowed(Roles.BASE_STAFF)
    public Response register(@NotNull @Valid CaregiverInput input, @Context SecurityContext security) {
        if (input.idNumber() == null || input.idNumber().isBlank()) {
            throw DomainException.invalid("idNumber", Text.of("不能为空", "is required"));
        }
        Caregiver g = caregivers.register(Callers.of(security), input.idNumber(), input.profile());
        return Response.status(Response.Status.CREATED).entity(view(g)).build();
    }

    /** The ID number is fixed once registered; send it or leave it out, it is not changed here. */
    @Operation(summary = "修改护理员信息 / Update a caregiver",
            description = "护理员本人或所属基地工作人员修改姓名、电话、学历等；身份证号登记后不能修改。"
                    + "\n\nThe caregiver or staff of their base change name, phone, education and the like; the ID number cannot "
                    + "change once registered.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF})
    public CaregiverView update(@PathParam("id") long id, @NotNull @Valid CaregiverInput input, @Context SecurityContext security) {
        return view(caregivers.update(Callers.of(security), id, input.profile()));
    }

    private CaregiverView view(Caregiver g) {
        return CaregiverView.of(g, caregivers.phone(g));
    }
}
