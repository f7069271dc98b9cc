package cn.eldercare.training.base.boundary;

import cn.eldercare.platform.identity.InvalidIdentifierException;
import cn.eldercare.platform.identity.UnifiedSocialCreditCode;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.base.control.Bases;
import cn.eldercare.training.base.entity.Accreditation;
import cn.eldercare.training.base.entity.TrainingBase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The register of training bases: the regulator registers and accredits, everyone signed in reads. */
@Path("bases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BasesResource {

    @Inject
    Bases bases;

    @Operation(summary = "培训基地列表 / List training bases",
            description = "按省份代码和名称筛选培训基地（培训学校、评价机构），分页返回。"
                    + "\n\nTraining bases (schools, assessment bodies) filtered by province code and name, a page at a time.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @GET
    @RolesAllowed(Roles.SIGNED_IN)
    public Page<BaseView> list(@QueryParam("province") @Pattern(regexp = "\\d{2}") String province,
                               @QueryParam("name") @Size(max = 100) String name, @Valid @BeanParam PageRequest page) {
        return bases.list(province, name, page).map(BaseView::of);
    }

    @Operation(summary = "查看培训基地 / Read a training base",
            description = "培训基地的名称、统一社会信用代码、地区和认定的职业与等级范围。"
                    + "\n\nA base's name, unified social credit code, region and accredited occupations and levels.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed(Roles.SIGNED_IN)
    public BaseView get(@PathParam("id") long id) {
        return BaseView.of(bases.get(id));
    }

    @Operation(summary = "登记培训基地 / Register a training base",
            description = "监管部门登记一个培训基地或评价机构；统一社会信用代码已登记时为 409。"
                    + "\n\nThe regulator registers a training base or assessment body; 409 when its unified social credit code is "
                    + "already registered.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @RolesAllowed(Roles.REGULATOR)
    public Response register(@NotNull @Valid NewBase b, @Context SecurityContext security) {
        String uscc = parseUscc(b.uscc());
        TrainingBase base = bases.register(Callers.of(security),
                new TrainingBase(b.name().strip(), uscc, b.provinceCode(), b.city().strip(), b.bodyType(), b.bodyCode(), b.siteCode(),
                        Callers.of(security).username()), scope(b.accreditations()));
        return Response.status(Response.Status.CREATED).entity(BaseView.of(base)).build();
    }

    @Operation(summary = "设定认定范围 / Set the accreditation",
            description = "监管部门设定基地可培训和评价的职业与等级（整体替换）。"
                    + "\n\nThe regulator sets the occupations and levels a base may train and assess (replacing the former list).")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @PUT
    @Path("{id}/accreditations")
    @RolesAllowed(Roles.REGULATOR)
    public BaseView accredit(@PathParam("id") long id, @NotNull @Size(max = 50) List<NewBase.@Valid @NotNull ScopeInput> scope,
                             @Context SecurityContext security) {
        return BaseView.of(bases.accredit(Callers.of(security), id, scope(scope)));
    }

    private static Set<Accreditation> scope(List<NewBase.ScopeInput> in) {
        return in.stream().map(s -> new Accreditation(s.occupationCode(), s.level())).collect(Collectors.toSet());
    }

    private static String parseUscc(String raw) {
        try {
            return UnifiedSocialCreditCode.parse(raw).value();
        } catch (InvalidIdentifierException e) {
            throw DomainException.invalid("uscc", e.reason());
        }
    }
}
