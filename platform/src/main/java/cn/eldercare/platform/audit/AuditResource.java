package cn.eldercare.platform.audit;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.OffsetDateTime;

/** The audit trail, for the regulator. */
@Path("audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record AuditView(OffsetDateTime at, String actor, String actorRole, String action, String entityType, long entityId,
                            String detail) {
    }

    @PersistenceContext
    EntityManager em;

    @Operation(summary = "审计记录 / Audit trail",
            description = "监管部门按操作人、操作、对象类型和对象编号筛选审计记录，分页返回，最新的在前。"
                    + "\n\nThe regulator reads the audit trail filtered by actor, action, entity type and entity id, newest first, a "
                    + "page at a time.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @RolesAllowed(Roles.REGULATOR)
    public Page<AuditView> list(@QueryParam("actor") @Size(max = 64) String actor, @QueryParam("action") @Size(max = 40) String action,
                                @QueryParam("entityType") @Size(max = 40) String entityType, @QueryParam("entityId") Long entityId,
                                @Valid @BeanParam PageRequest page) {
        return new Where().eq("a.actor", actor).eq("a.action", action).eq("a.entityType", entityType).eq("a.entityId", entityId)
                .page(em, "FROM AuditEvent a", "a", "a.id DESC", AuditEvent.class, page)
                .map(a -> new AuditView(a.getAt(), a.getActor(), a.getActorRole(), a.getAction(), a.getEntityType(),
                        a.getEntityId(), a.getDetail()));
    }
}
