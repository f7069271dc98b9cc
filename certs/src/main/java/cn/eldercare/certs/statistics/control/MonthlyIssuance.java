package cn.eldercare.certs.statistics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Certificates per base per month. The database groups by day and the months are summed here: date
 * functions differ between H2 and PostgreSQL, and a day per base is few rows even over years.
 */
@ApplicationScoped
public class MonthlyIssuance {

    private record Key(long baseId, YearMonth month) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int byMonth = month.compareTo(o.month);
            return byMonth != 0 ? byMonth : Long.compare(baseId, o.baseId);
        }
    }

    @PersistenceContext
    EntityManager em;

    public List<MonthRow> between(YearMonth from, YearMonth to) {
        Map<Long, String> names = em.createQuery("SELECT b.id, b.name FROM TrainingBase b", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        Map<Key, long[]> counts = new TreeMap<>();
        List<Object[]> days = em.createQuery("SELECT c.baseId, c.printed.issuedOn, c.version, COUNT(c) FROM Certificate c"
                        + " WHERE c.printed.issuedOn BETWEEN :from AND :to GROUP BY c.baseId, c.printed.issuedOn, c.version", Object[].class)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atEndOfMonth()).getResultList();
        for (Object[] d : days) {
            long[] c = counts.computeIfAbsent(new Key((Long) d[0], YearMonth.from((LocalDate) d[1])), k -> new long[2]);
            c[((Number) d[2]).intValue() == 1 ? 0 : 1] += ((Number) d[3]).longValue();
        }
        List<MonthRow> rows = new ArrayList<>();
        counts.forEach((k, c) -> rows.add(new MonthRow(k.baseId(), names.get(k.baseId()), k.month().toString(), c[0], c[1])));
        return rows;
    }
}
