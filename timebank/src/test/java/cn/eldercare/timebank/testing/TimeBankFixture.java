package cn.eldercare.timebank.testing;

import cn.eldercare.account.control.Accounts;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.pii.IdNumbers;
import cn.eldercare.platform.pii.PiiProtector;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Passwords;
import cn.eldercare.platform.security.Role;
import cn.eldercare.testing.Beans;
import cn.eldercare.testing.TestDatabase;
import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.OpenedLedger;
import cn.eldercare.timebank.ledger.control.Signers;
import cn.eldercare.timebank.ledger.embedded.EmbeddedLedger;
import cn.eldercare.timebank.ledger.embedded.EmbeddedLedgerConfig;
import cn.eldercare.timebank.member.control.MemberIds;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.control.Stations;
import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.timebank.member.entity.StaffPost;
import cn.eldercare.timebank.readmodel.control.BlockApplier;
import cn.eldercare.timebank.station.entity.Station;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceContext;

import java.lang.reflect.Field;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.mockito.Mockito.mock;

/**
 * The time-bank control beans wired by hand outside the container: a database of its own (H2 with the
 * Flyway schema), an embedded ledger in a temporary directory, initialised as at start-up, and the read
 * model following it on the ledger's delivery thread through a {@link BlockApplier} with an entity manager
 * of its own, each block in a transaction, as the container runs it. Accounts and Passwords (sign-in
 * accounts) are mocks: these tests create members without accounts.
 */
public final class TimeBankFixture implements AutoCloseable {

    private static final byte[] KEY = new byte[32];

    public final TestDatabase db = TestDatabase.create("timebank-test");
    public final EntityManager em = db.newEntityManager();
    public final EmbeddedLedger embedded;
    public final Signers signers = new Signers();
    public final BlockApplier applier = new BlockApplier();
    public final LedgerHolder ledger;
    public final PiiProtector pii = new PiiProtector(KEY, KEY);
    public final IdNumbers idNumbers = new IdNumbers();
    public final MemberIds memberIds = new MemberIds();
    public final AuditTrail audit = new AuditTrail();
    public final Stations stations = new Stations();
    public final Members members = new Members();
    public final Accounts accounts = mock(Accounts.class);
    public final Passwords passwords = mock(Passwords.class);

    private final EntityManager followerEm = db.newEntityManager();
    private final BlockApplier follower = new BlockApplier();
    private final AtomicLong applied = new AtomicLong(-1);
    private final AutoCloseable following;
    private final AtomicInteger counter = new AtomicInteger(100);

    public TimeBankFixture(Path dir) {
        embedded = EmbeddedLedger.open(EmbeddedLedgerConfig.in(dir));
        Beans.wire(em, signers, applier);
        ledger = OpenedLedger.over(embedded, signers, applier);
        Beans.wire(em, pii, idNumbers, memberIds, audit, stations);
        wire(members);
        Beans.wire(followerEm, follower);
        following = embedded.listen(-1, this::follow);
    }

    private void follow(List<LedgerEvent> block) {
        EntityTransaction t = followerEm.getTransaction();
        t.begin();
        follower.apply(block);
        t.commit();
        followerEm.clear();
        synchronized (applied) {
            applied.set(block.get(0).blockNumber());
            applied.notifyAll();
        }
    }

    /**
     * Gives the bean's own fields what the container would: this fixture's entity manager and beans. Unlike
     * {@link Beans#wire}, it leaves the beans it hands out alone (the ledger holder is already open, the mocks have no fields to fill).
     */
    public <T> T wire(T bean) {
        Object[] beans = {ledger, signers, pii, idNumbers, memberIds, audit, stations, members, accounts, passwords};
        for (Class<?> c = bean.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Object value = null;
                if (field.isAnnotationPresent(PersistenceContext.class)) {
                    value = em;
                } else if (field.isAnnotationPresent(Inject.class)) {
                    value = Arrays.stream(beans).filter(field.getType()::isInstance).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no bean for " + field));
                }
                if (value != null) {
                    try {
                        field.setAccessible(true);
                        field.set(bean, value);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return bean;
    }

    /** Waits until the read model has applied the ledger's last block (which must have events, as a recorded service or a movement of minutes has; a registration has none). */
    public void caughtUp() {
        long height = embedded.height();
        long deadline = System.currentTimeMillis() + 10_000;
        synchronized (applied) {
            while (applied.get() < height) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("read model at block " + applied.get() + ", ledger at " + height);
                }
                try {
                    applied.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        em.clear();
    }

    /** Runs the work in a transaction of its own: committed if it returns, rolled back if it throws. */
    public <T> T tx(Supplier<T> work) {
        EntityTransaction t = em.getTransaction();
        t.begin();
        try {
            T result = work.get();
            t.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (t.isActive()) {
                t.rollback();
            }
            throw e;
        } finally {
            em.clear();
        }
    }

    // ---------------------------------------------------------------- data

    public int next() {
        return counter.incrementAndGet();
    }

    /** A sign-in account row (app_user), for the foreign keys of members and staff posts. */
    public long user(String username, Role role) {
        long id = next();
        try (var c = java.sql.DriverManager.getConnection(db.url(), "sa", "");
             var ps = c.prepareStatement("INSERT INTO app_user (id, username, password_hash, role, display_name, created_at)"
                     + " VALUES (?, ?, 'x', ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, username);
            ps.setString(3, role.name());
            ps.setString(4, username);
            ps.setObject(5, OffsetDateTime.now());
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    public Station station(String name) {
        return tx(() -> {
            Station s = new Station(name, "410102");
            em.persist(s);
            return s;
        });
    }

    /** Station staff with a post at the station. */
    public Caller staffOf(Station station) {
        String username = "staff-" + next();
        long user = user(username, Role.STATION_STAFF);
        tx(() -> {
            em.persist(new StaffPost(user, station.getId()));
            return null;
        });
        return new Caller(user, username, Role.STATION_STAFF, null, null);
    }

    public Caller regulator() {
        return new Caller(next(), "regulator-" + next(), Role.REGULATOR, null, null);
    }

    /** A member of the station, registered on the ledger by the station and signing in with an account of the role. */
    public Caller member(Station station, String memberId, Role role) {
        return member(station, memberId, role, null);
    }

    /** A recipient may be a priority elder ({@code LOW_INCOME}, {@code DISABLED} or {@code ALONE_80_PLUS}), whom the regulator's fund supports. */
    public Caller member(Station station, String memberId, Role role, String priority) {
        String username = "member-" + next();
        long user = user(username, role);
        boolean volunteer = role == Role.VOLUNTEER;
        tx(() -> {
            Member m = new Member(memberId, (volunteer ? "志愿者" : "老人") + next(), "cipher", "410102********1234",
                    LocalDate.of(volunteer ? 1960 : 1938, 5, 20), "410102", null, station.getId(), "test");
            if (volunteer) {
                m.becomeVolunteer();
            } else {
                m.becomeRecipient();
            }
            m.linkAccount(user);
            m.approve();
            em.persist(m);
            return null;
        });
        embedded.submit(signers.station("station-staff", station.getId()), volunteer ? "members:RegisterVolunteer" : "members:RegisterRecipient",
                String.format("{\"requestId\":\"reg-%s\",\"memberId\":\"%s\",\"birthDate\":\"%s\",\"regionCode\":\"410102\"%s}",
                        memberId, memberId, volunteer ? "1960-05-20" : "1938-05-20",
                        priority == null ? "" : ",\"priority\":\"" + priority + "\""));
        return new Caller(user, username, role, null, null);
    }

    @Override
    public void close() throws Exception {
        following.close();
        embedded.close();
        em.close();
        followerEm.close();
        db.close();
    }
}
