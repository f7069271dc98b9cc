package cn.eldercare.training.caregiver.control;

import cn.eldercare.platform.pii.IdNumbers;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.identity.ResidentIdNumber;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.pii.PiiProtector;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.caregiver.entity.Caregiver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Caregiver records. A base sees the caregivers it registered or who enrolled in its courses;
 * a caregiver sees only themself; the regulator sees all.
 */
@ApplicationScoped
public class Caregivers {

    static final String VISIBLE_TO_BASE = "(g.registeredByBaseId = :base OR EXISTS (SELECT e.id FROM Enrolment e, Course c"
            + " WHERE e.caregiverId = g.id AND c.id = e.courseId AND c.baseId = :base))";

    @PersistenceContext
    EntityManager em;
    @Inject
    IdNumbers idNumbers;
    @Inject
    AuditTrail audit;
    @Inject
    PiiProtector pii;

    @Transactional
    public Caregiver register(Caller staff, String rawIdNumber, CaregiverProfile profile) {
        ResidentIdNumber id = idNumbers.parse("idNumber", rawIdNumber);
        Caregiver caregiver = registerParsed(staff, id, profile);
        audit.record(staff, "CAREGIVER_REGISTERED", "Caregiver", caregiver.getId(), null);
        return caregiver;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Caregiver registerParsed(Caller staff, ResidentIdNumber id, CaregiverProfile profile) {
        if (profile.gender() != null && profile.gender() != id.gender()) {
            throw DomainException.invalid("gender", Text.of("性别与身份证号不符", "does not match the ID number"));
        }
        if (findByIdNumber(id).isPresent()) {
            throw DomainException.conflict("CAREGIVER_EXISTS", Text.of("该身份证号的学员已存在", "A caregiver with this ID number exists"));
        }
        Caregiver caregiver = new Caregiver(idNumbers.protect(id), id.gender(), id.birthDate(), staff.baseId(), staff.username());
        apply(caregiver, profile);
        em.persist(caregiver);
        em.flush();
        return caregiver;
    }

    @Transactional
    public Caregiver update(Caller caller, long id, CaregiverProfile profile) {
        Caregiver caregiver = visible(caller, id);
        if (caller.is(Role.REGULATOR) || caller.is(Role.ASSESSOR)) {
            throw DomainException.forbidden(Text.of("只读角色不能修改学员资料", "Read-only roles cannot edit caregivers"));
        }
        if (profile.gender() != null && profile.gender() != caregiver.getGender()) {
            throw DomainException.invalid("gender", Text.of("性别与身份证号不符", "does not match the ID number"));
        }
        apply(caregiver, profile);
        audit.record(caller, "CAREGIVER_UPDATED", "Caregiver", id, null);
        return caregiver;
    }

    public Optional<Caregiver> findByIdNumber(ResidentIdNumber id) {
        return em.createQuery("SELECT g FROM Caregiver g WHERE g.idNumberHash = :h", Caregiver.class)
                .setParameter("h", idNumbers.lookupKey(id)).getResultList().stream().findFirst();
    }

    public Caregiver get(long id) {
        Caregiver caregiver = em.find(Caregiver.class, id);
        if (caregiver == null) {
            throw DomainException.notFound(Text.of("学员不存在", "No such caregiver"));
        }
        return caregiver;
    }

    public Caregiver visible(Caller caller, long id) {
        Caregiver caregiver = get(id);
        boolean allowed = switch (caller.role()) {
            case REGULATOR -> true;
            case CAREGIVER -> caller.isCaregiver(id);
            case BASE_STAFF, ASSESSOR -> !em.createQuery("SELECT g.id FROM Caregiver g WHERE g.id = :id AND " + VISIBLE_TO_BASE)
                    .setParameter("id", id).setParameter("base", caller.baseId()).getResultList().isEmpty();
            default -> false;
        };
        if (!allowed) {
            throw DomainException.forbidden(Text.of("无权查看该学员", "You may not see this caregiver"));
        }
        return caregiver;
    }

    public Page<Caregiver> list(Caller caller, String name, String rawIdNumber, PageRequest page) {
        Where where = new Where().like("g.name", name);
        boolean exactIdNumber = rawIdNumber != null && !rawIdNumber.isBlank();
        if (exactIdNumber) {
            where.eq("g.idNumberHash", idNumbers.lookupKey(idNumbers.parse("idNumber", rawIdNumber)));
        }
        // Whoever holds the full ID number may find that one person, to enrol them at a new base.
        if (!caller.is(Role.REGULATOR) && !exactIdNumber) {
            where.clause(VISIBLE_TO_BASE, "base", caller.baseId() == null ? -1L : caller.baseId());
        }
        return where.page(em, "FROM Caregiver g", "g", "g.id", Caregiver.class, page);
    }

    /** The caregiver's phone number in clear, for those who may see the caregiver. */
    public String phone(Caregiver caregiver) {
        return caregiver.getPhoneCipher() == null ? null : pii.decrypt(caregiver.getPhoneCipher());
    }

    private void apply(Caregiver caregiver, CaregiverProfile p) {
        caregiver.updateProfile(p.name(), p.phone() == null ? null : pii.encrypt(p.phone()), p.education(), p.educationInField(), p.finalYearStudent(),
                p.apprenticeshipCompleted(), p.subsidyCategory());
    }

    public List<Caregiver> byIds(List<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("SELECT g FROM Caregiver g WHERE g.id IN :ids", Caregiver.class).setParameter("ids", ids).getResultList();
    }
}
