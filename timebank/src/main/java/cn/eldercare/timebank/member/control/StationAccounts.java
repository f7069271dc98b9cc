package cn.eldercare.timebank.member.control;

import cn.eldercare.account.control.AccountScope;
import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.member.entity.StaffPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Station staff administer the accounts of their own station: its staff and its members. */
@ApplicationScoped
public class StationAccounts implements AccountScope {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean administers(Caller admin, UserAccount account) {
        if (!admin.is(Role.STATION_STAFF)) {
            return false;
        }
        StaffPost own = em.find(StaffPost.class, admin.userId());
        if (own == null) {
            return false;
        }
        StaffPost colleague = em.find(StaffPost.class, account.getId());
        if (colleague != null) {
            return colleague.getStationId() == own.getStationId();
        }
        return !em.createQuery("SELECT m.memberId FROM Member m WHERE m.userId = :u AND m.stationId = :s")
                .setParameter("u", account.getId()).setParameter("s", own.getStationId()).getResultList().isEmpty();
    }
}
