package cn.eldercare.app;

import cn.eldercare.account.control.Accounts;
import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Passwords;
import cn.eldercare.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * On the first start of an empty database, loads a small realistic world (DEMO_DATA=false skips it):
 * three Henan training bases, their courses, caregivers, two time-bank stations with members and
 * confirmed services, and an account for every role.
 * Everything goes through the same rules as the API, attributed to the seeding accounts. Checks first, at every
 * start, that the database and the time-bank ledger belong together ({@link LedgerDatabaseCheck}).
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "LedgerHolder"})
public class DemoData {

    static final String PASSWORD = "Demo#2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Accounts accounts;
    @Inject
    Passwords passwords;
    @Inject
    DemoTraining training;
    @Inject
    DemoTimeBank timeBank;
    @Inject
    LedgerDatabaseCheck ledgerDatabaseCheck;
    @ConfigProperty(name = "demo.data", defaultValue = "true")
    @Inject
    boolean enabled;

    @PostConstruct
    void load() {
        ledgerDatabaseCheck.check();
        long users = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
        if (!enabled || users > 0) {
            return;
        }
        Caller seed = new Caller(0, "demo-seed", Role.REGULATOR, null, null);
        account("regulator", Role.REGULATOR, "河南省民政厅 监管员", null, null);
        DemoTraining.World world = training.seed(seed);
        account("zz-staff", Role.BASE_STAFF, "郑州卫校 教务 孙老师", world.zhengzhou(), null);
        account("zz-assessor", Role.ASSESSOR, "郑州卫校 考评员 马老师", world.zhengzhou(), null);
        account("xc-staff", Role.BASE_STAFF, "许昌颐养院 培训部 何主任", world.xuchang(), null);
        account("xc-assessor", Role.ASSESSOR, "许昌颐养院 考评员 郭老师", world.xuchang(), null);
        account("xx-staff", Role.BASE_STAFF, "新乡职院 教务 冯老师", world.xinxiang(), null);
        account("caregiver", Role.CAREGIVER, "王秀英", null, world.caregiverIds().get(0));
        account("caregiver2", Role.CAREGIVER, "李娟", null, world.caregiverIds().get(1));
        timeBank.seed(PASSWORD);
        LOG.info("demo data loaded");
        // On the console of this first start only: a password never goes to a log file.
        System.out.println("Demo data loaded; every demo account's password is " + PASSWORD);
    }

    private void account(String username, Role role, String name, Long baseId, Long caregiverId) {
        accounts.create(new UserAccount(username, passwords.hash(PASSWORD.toCharArray()), role, name, baseId, caregiverId));
    }
}
