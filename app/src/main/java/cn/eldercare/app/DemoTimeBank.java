package cn.eldercare.app;

import cn.eldercare.account.control.Accounts;
import cn.eldercare.chaincode.model.Kinship;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Passwords;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.account.control.TimeAccounts;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.control.Registration;
import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.timebank.member.entity.StaffPost;
import cn.eldercare.timebank.service.control.Services;
import cn.eldercare.timebank.station.entity.Station;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The time-bank part of the demo world: two stations with staff, volunteers of 60-odd, recipients
 * over 80, a relative, and confirmed services with real balances, all through the same rules as the API.
 */
@ApplicationScoped
public class DemoTimeBank {

    private static final List<String> CATEGORIES = List.of("MEAL", "CLEANING", "MEDICAL", "SMARTPHONE", "COMFORT", "ESCORT");

    @PersistenceContext
    EntityManager em;
    @Inject
    Accounts accounts;
    @Inject
    Passwords passwords;
    @Inject
    Members members;
    @Inject
    Services services;
    @Inject
    TimeAccounts timeAccounts;

    public void seed(String password) {
        Station jinshui = station("郑州市金水区颐和社区时间银行服务站", "410105");
        Station weidu = station("许昌市魏都区西大街道时间银行服务站", "411002");
        Caller recorder = staff("station", "颐和社区服务站 张站长", jinshui, password);
        staff("station2", "西大街道服务站 刘干事", weidu, password);
        Caller confirmer = staff("station3", "颐和社区服务站 王社工", jinshui, password);

        Member guifang = members.register(recorder, jinshui.getId(), person("张桂芳", "410105196203150422", true, false, null, "volunteer", password));
        Member jianhua = members.register(recorder, jinshui.getId(), person("刘建华", "410105195908210515", true, false, null, "volunteer2", password));
        Member xiulan = members.register(recorder, jinshui.getId(), person("李秀兰", "41010519381102002X", false, true, "ALONE_80_PLUS", "recipient", password));
        Member defu = members.register(recorder, jinshui.getId(), person("王德福", "410105194001180034", false, true, "LOW_INCOME", null, password));
        members.register(recorder, weidu.getId(), person("赵淑珍", "411002196405090022", true, false, null, null, password));

        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (int day = 6; day >= 1; day--) {
            Instant end = now.minus(day, ChronoUnit.DAYS);
            confirm(confirmer, services.log(recorder, guifang.getMemberId(), xiulan.getMemberId(), CATEGORIES.get(day % CATEGORIES.size()),
                    end.minus(90 + day * 10L, ChronoUnit.MINUTES), end, "demo-g-" + day));
            confirm(confirmer, services.log(recorder, jianhua.getMemberId(), defu.getMemberId(), CATEGORIES.get((day + 2) % CATEGORIES.size()),
                    end.minus(60, ChronoUnit.MINUTES).plus(2, ChronoUnit.HOURS), end.plus(2, ChronoUnit.HOURS), "demo-j-" + day));
        }
        services.log(recorder, guifang.getMemberId(), defu.getMemberId(), "SMARTPHONE", now.minus(3, ChronoUnit.HOURS),
                now.minus(2, ChronoUnit.HOURS), "demo-pending");
        timeAccounts.recordRelative(recorder, jianhua.getMemberId(), defu.getMemberId(), Kinship.PARENT, "demo-relative");
    }

    /** A colleague confirms: whoever recorded a service may not confirm it too. */
    private void confirm(Caller confirmer, ServiceRecord logged) {
        services.confirm(confirmer, logged.recordId(), 5, "服务周到", null);
    }

    private Station station(String name, String region) {
        Station s = new Station(name, region);
        em.persist(s);
        em.flush();
        return s;
    }

    private Caller staff(String username, String name, Station station, String password) {
        UserAccount u = accounts.create(new UserAccount(username, passwords.hash(password.toCharArray()), Role.STATION_STAFF, name, null, null));
        em.flush();
        em.persist(new StaffPost(u.getId(), station.getId()));
        return u.asCaller();
    }

    private static Registration person(String name, String idNumber, boolean volunteer, boolean recipient, String priority,
                                       String username, String password) {
        return new Registration(name, idNumber, "13900000000", idNumber.substring(0, 6), volunteer, recipient, priority, username,
                username == null ? null : password);
    }
}
