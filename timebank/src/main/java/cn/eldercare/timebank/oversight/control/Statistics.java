package cn.eldercare.timebank.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Regulator statistics from the read model: hours in and out per region and month, top categories, open records. */
@ApplicationScoped
public class Statistics {

    public record RegionMonth(String regionCode, int year, int month, long depositedMinutes, long redeemedMinutes) {
    }

    public record CategoryCount(String categoryCode, long services, long creditedMinutes) {
    }

    public record Summary(List<RegionMonth> perRegionAndMonth, List<CategoryCount> topCategories, long pending, long expired) {
    }

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Summary summary() {
        List<Object[]> flows = em.createNativeQuery("SELECT m.region_code, EXTRACT(YEAR FROM mv.at), EXTRACT(MONTH FROM mv.at),"
                + " SUM(CASE WHEN mv.kind IN ('EARNED', 'ISSUED') THEN mv.minutes ELSE 0 END),"
                + " SUM(CASE WHEN mv.kind = 'REDEEMED' THEN -mv.minutes ELSE 0 END)"
                + " FROM tb_movement mv JOIN tb_member m ON m.member_id = mv.account"
                + " GROUP BY m.region_code, EXTRACT(YEAR FROM mv.at), EXTRACT(MONTH FROM mv.at) ORDER BY 1, 2, 3").getResultList();
        List<Object[]> categories = em.createQuery("SELECT s.categoryCode, COUNT(s), COALESCE(SUM(s.creditedMinutes), 0) FROM ServiceRow s"
                + " WHERE s.status = 'CONFIRMED' GROUP BY s.categoryCode ORDER BY COUNT(s) DESC", Object[].class).setMaxResults(10).getResultList();
        return new Summary(
                flows.stream().map(r -> new RegionMonth((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList(),
                categories.stream().map(r -> new CategoryCount((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList(),
                count("PENDING"), count("EXPIRED"));
    }

    private long count(String status) {
        return em.createQuery("SELECT COUNT(s) FROM ServiceRow s WHERE s.status = :s", Long.class).setParameter("s", status).getSingleResult();
    }
}
