package cn.eldercare.platform.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the WHERE clause of a filtered list from the filters actually given. Absent filters
 * leave no "(:p IS NULL OR ...)" behind, which PostgreSQL cannot type and which defeats indexes.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Map<String, Object> hints = new LinkedHashMap<>();

    public Where eq(String path, Object value) {
        return clause(path + " = :" + param(path), path, value);
    }

    /**
     * Substring match. A plain bound LIKE: EclipseLink stops binding parameters on H2 when they sit in
     * a function or an ESCAPE clause, so a user's own % or _ simply act as wildcards.
     */
    public Where like(String path, String value) {
        return clause(path + " LIKE :" + param(path), path, value == null || value.isBlank() ? null : "%" + value.strip() + "%");
    }

    public Where atLeast(String path, Object value) {
        return clause(path + " >= :" + param(path) + "_min", path + "_min", value);
    }

    /** A clause using one named parameter; skipped when the value is null. */
    public Where clause(String jpql, String name, Object value) {
        if (value != null) {
            clauses.add(jpql);
            params.put(param(name), value);
        }
        return this;
    }

    /** A clause with no parameter, always applied. */
    public Where always(String jpql) {
        clauses.add(jpql);
        return this;
    }

    /** A query hint for the page's items, such as batch fetching of a collection every item shows. */
    public Where hint(String name, Object value) {
        hints.put(name, value);
        return this;
    }

    public <T> Page<T> page(EntityManager em, String from, String alias, String orderBy, Class<T> type, PageRequest page) {
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ") " + from + where, Long.class);
        TypedQuery<T> items = em.createQuery("SELECT " + alias + " " + from + where + " ORDER BY " + orderBy, type);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        hints.forEach(items::setHint);
        // Counted first: rows committed between the two queries then show up in the items, never as a total
        // that the page's items do not bear out.
        long total = count.getSingleResult();
        List<T> rows = items.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return new Page<>(rows, page.page, page.size, total);
    }

    private static String param(String path) {
        return path.replaceAll("[^A-Za-z0-9]", "_");
    }
}
