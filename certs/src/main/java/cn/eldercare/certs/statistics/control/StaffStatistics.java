package cn.eldercare.certs.statistics.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.CertificateStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The certified-staff ratio (持证上岗率) per institution and level. An institution is a caregiver's current
 * employer in the work history; a caregiver counts as certified at the highest level of a valid skill-level
 * or 1+X certificate issued here, or of one recorded from a paper original (legacy qualifications
 * included). Completion certificates do not certify. Caregivers without a current employer form a row of their own.
 */
@ApplicationScoped
public class StaffStatistics {

    public static final String NO_EMPLOYER = "（未登记在岗单位）";

    @PersistenceContext
    EntityManager em;

    public List<StaffRow> byInstitution(String occupationCode, LocalDate asOf) {
        Map<Long, Integer> best = bestLevels(occupationCode);
        Map<String, int[]> levels = new TreeMap<>();
        Map<String, Integer> staff = new TreeMap<>();
        Map<Long, Boolean> employed = new HashMap<>();
        for (Object[] w : em.createQuery("SELECT w.caregiverId, w.employer FROM WorkRecord w WHERE w.toDate IS NULL OR w.toDate >= :d",
                Object[].class).setParameter("d", asOf).getResultList()) {
            count((String) w[1], best.get((Long) w[0]), staff, levels);
            employed.put((Long) w[0], true);
        }
        for (Long g : em.createQuery("SELECT g.id FROM Caregiver g", Long.class).getResultList()) {
            if (!employed.containsKey(g)) {
                count(NO_EMPLOYER, best.get(g), staff, levels);
            }
        }
        List<StaffRow> rows = new ArrayList<>();
        staff.forEach((institution, n) -> rows.add(StaffRow.of(institution, n, levels.get(institution))));
        return rows;
    }

    private static void count(String institution, Integer level, Map<String, Integer> staff, Map<String, int[]> levels) {
        staff.merge(institution, 1, Integer::sum);
        int[] byLevel = levels.computeIfAbsent(institution, k -> new int[6]);
        if (level != null && level >= 1 && level <= 5) {
            byLevel[level]++;
        }
    }

    /** Each caregiver's highest level (lowest number) across issued and recorded certificates of the occupation. */
    private Map<Long, Integer> bestLevels(String occupationCode) {
        Map<Long, Integer> best = new HashMap<>();
        em.createQuery("SELECT c.caregiverId, MIN(c.level) FROM Certificate c WHERE c.status = :s AND c.kind IN :kinds"
                                + " AND c.occupationCode = :o GROUP BY c.caregiverId", Object[].class)
                .setParameter("s", CertificateStatus.VALID).setParameter("o", occupationCode)
                .setParameter("kinds", List.of(CertificateKind.SKILL_LEVEL, CertificateKind.ONE_PLUS_X)).getResultList()
                .forEach(r -> best.merge((Long) r[0], ((Number) r[1]).intValue(), Math::min));
        em.createQuery("SELECT p.caregiverId, MIN(p.level) FROM PriorCertificate p WHERE p.occupationCode = :o GROUP BY p.caregiverId",
                        Object[].class).setParameter("o", occupationCode).getResultList()
                .forEach(r -> best.merge((Long) r[0], ((Number) r[1]).intValue(), Math::min));
        return best;
    }
}
