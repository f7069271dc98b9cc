package cn.eldercare.platform.audit;

import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Records attributable actions in the caller's transaction, so the trail and the change commit together. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller who, String action, String entityType, long entityId, String detail) {
        em.persist(new AuditEvent(Clock.now(), who.username(), who.role().name(), action, entityType, entityId, detail));
    }
}
