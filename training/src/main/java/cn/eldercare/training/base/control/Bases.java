package cn.eldercare.training.base.control;

import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.training.base.entity.Accreditation;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.occupation.control.Occupations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Set;

/** The register of training bases, kept by the regulator. */
@ApplicationScoped
public class Bases {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Occupations occupations;

    @Transactional
    public TrainingBase register(Caller regulator, TrainingBase base, Set<Accreditation> scope) {
        if (!em.createQuery("SELECT b.id FROM TrainingBase b WHERE b.uscc = :c").setParameter("c", base.getUscc())
                .getResultList().isEmpty()) {
            throw DomainException.conflict("USCC_TAKEN", Text.of("该统一社会信用代码已登记", "A base with this credit code is registered"));
        }
        scope.forEach(a -> occupations.requireLevel(a.occupationCode(), a.level()));
        base.accredit(scope);
        em.persist(base);
        em.flush();
        audit.record(regulator, "BASE_REGISTERED", "TrainingBase", base.getId(), base.getName());
        return base;
    }

    @Transactional
    public TrainingBase accredit(Caller regulator, long baseId, Set<Accreditation> scope) {
        TrainingBase base = get(baseId);
        scope.forEach(a -> occupations.requireLevel(a.occupationCode(), a.level()));
        base.accredit(scope);
        audit.record(regulator, "BASE_ACCREDITED", "TrainingBase", baseId, scope.size() + " occupation levels");
        return base;
    }

    public TrainingBase get(long id) {
        TrainingBase base = em.find(TrainingBase.class, id);
        if (base == null) {
            throw DomainException.notFound(Text.of("培训基地不存在", "No such training base"));
        }
        return base;
    }

    public Page<TrainingBase> list(String provinceCode, String name, PageRequest page) {
        return new Where().eq("b.provinceCode", provinceCode).like("b.name", name)
                .page(em, "FROM TrainingBase b", "b", "b.id", TrainingBase.class, page);
    }
}
