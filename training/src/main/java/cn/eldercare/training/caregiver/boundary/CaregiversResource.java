package cn.eldercare.training.caregiver.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.caregiver.entity.Caregiver;
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

/** Caregiver records: base staff register them (the offline channel), everyone sees only whom they may. */
@Path("caregivers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaregiversResource {

    @Inject
    Caregivers caregivers;

    @GET
    @Allow({Role.BASE_STAFF, Role.ASSESSOR, Role.REGULATOR})
    public Page<CaregiverView> list(@QueryParam("name") @Size(max = 50) String name,
                                    @QueryParam("idNumber") @Size(max = 18) String idNumber,
                                    @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return caregivers.list(Callers.of(security), name, idNumber, page).map(this::view);
    }

    @GET
    @Path("{id}")
    @Allow({Role.CAREGIVER, Role.BASE_STAFF, Role.ASSESSOR, Role.REGULATOR})
    public CaregiverView get(@PathParam("id") long id, @Context SecurityContext security) {
        return view(caregivers.visible(Callers.of(security), id));
    }

    @POST
    @Allow(Role.BASE_STAFF)
    public Response register(@NotNull @Valid CaregiverInput input, @Context SecurityContext security) {
        if (input.idNumber() == null || input.idNumber().isBlank()) {
            throw DomainException.invalid("idNumber", Text.of("不能为空", "is required"));
        }
        Caregiver g = caregivers.register(Callers.of(security), input.idNumber(), input.profile());
        return Response.status(Response.Status.CREATED).entity(view(g)).build();
    }

    /** The ID number is fixed once registered; send it or leave it out, it is not changed here. */
    @PUT
    @Path("{id}")
    @Allow({Role.CAREGIVER, Role.BASE_STAFF})
    public CaregiverView update(@PathParam("id") long id, @NotNull @Valid CaregiverInput input, @Context SecurityContext security) {
        return view(caregivers.update(Callers.of(security), id, input.profile()));
    }

    private CaregiverView view(Caregiver g) {
        return CaregiverView.of(g, caregivers.phone(g));
    }
}
