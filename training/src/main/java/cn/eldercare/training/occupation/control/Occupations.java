package cn.eldercare.training.occupation.control;

import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.training.occupation.entity.Occupation;
import cn.eldercare.training.occupation.entity.OccupationLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Occupations, their levels and standard hours. */
@ApplicationScoped
public class Occupations {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    public List<Occupation> all() {
        return em.createQuery("SELECT o FROM Occupation o ORDER BY o.code", Occupation.class).getResultList();
    }

    public List<OccupationLevel> levels() {
        return em.createQuery("SELECT l FROM OccupationLevel l ORDER BY l.occupationCode, l.level DESC", OccupationLevel.class)
                .getResultList();
    }

    public OccupationLevel requireLevel(String occupationCode, int level) {
        List<OccupationLevel> found = em.createQuery(
                        "SELECT l FROM OccupationLevel l WHERE l.occupationCode = :o AND l.level = :l", OccupationLevel.class)
                .setParameter("o", occupationCode).setParameter("l", level).getResultList();
        if (found.isEmpty()) {
            throw DomainException.invalid("level", Text.of(
                    "职业 " + occupationCode + " 没有等级 " + level, "occupation " + occupationCode + " has no level " + level));
        }
        return found.get(0);
    }

    @Transactional
    public OccupationLevel changeStandardHours(Caller regulator, String occupationCode, int level, int hours) {
        OccupationLevel l = requireLevel(occupationCode, level);
        l.changeStandardHours(hours);
        audit.record(regulator, "STANDARD_HOURS_CHANGED", "OccupationLevel", level, occupationCode + "=" + hours);
        return l;
    }
}
