package cn.eldercare.timebank.member.control;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.timebank.member.entity.StaffPost;
import cn.eldercare.timebank.station.entity.Station;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Which station a station-staff account works at. */
@ApplicationScoped
public class Stations {

    @PersistenceContext
    EntityManager em;

    public Station of(Caller staff) {
        StaffPost post = em.find(StaffPost.class, staff.userId());
        if (post == null) {
            throw DomainException.forbidden(Text.of("此账户未关联服务站", "This account works at no station"));
        }
        return em.find(Station.class, post.getStationId());
    }

    /** Station staff act only for their own station's members. */
    public void requireOwn(Caller staff, Member member) {
        if (!Long.valueOf(of(staff).getId()).equals(member.getStationId())) {
            throw DomainException.forbidden(Text.of("只能为本站成员办理", "You can only act for your own station's members"));
        }
    }

    public Station get(long id) {
        Station s = em.find(Station.class, id);
        if (s == null) {
            throw DomainException.notFound(Text.of("服务站不存在", "No such station"));
        }
        return s;
    }
}
