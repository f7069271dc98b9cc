package cn.eldercare.platform.audit;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Role;
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

    @GET
    @Allow(Role.REGULATOR)
    public Page<AuditView> list(@QueryParam("actor") @Size(max = 64) String actor, @QueryParam("action") @Size(max = 40) String action,
                                @QueryParam("entityType") @Size(max = 40) String entityType, @QueryParam("entityId") Long entityId,
                                @Valid @BeanParam PageRequest page) {
        return new Where().eq("a.actor", actor).eq("a.action", action).eq("a.entityType", entityType).eq("a.entityId", entityId)
                .page(em, "FROM AuditEvent a", "a", "a.id DESC", AuditEvent.class, page)
                .map(a -> new AuditView(a.getAt(), a.getActor(), a.getActorRole(), a.getAction(), a.getEntityType(),
                        a.getEntityId(), a.getDetail()));
    }
}
