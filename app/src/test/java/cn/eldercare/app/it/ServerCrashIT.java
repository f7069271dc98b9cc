package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Durability of the whole server: under a mixed write load over HTTP — caregivers enrolling, a base
 * recording attendance, scores and certificates, volunteers logging services and the station
 * confirming them — a server of the test's own is killed with SIGKILL and restarted on the same
 * data, round after round (once also while it is starting again). Every write that was answered 2xx
 * is there after each restart, the ledger's chain and state verify, and each balance equals the
 * sum of the member's movements. The readiness check is taken at its word: the first reads follow
 * the moment {@code /health/ready} says UP, without waiting for anything to catch up.
 * <p>
 * It runs on the embedded default (H2 under the server's directory, exactly as shipped), and once
 * more, shorter, on a PostgreSQL database of its own where one answers.
 */
class ServerCrashIT {

    private static final int ROUNDS = Integer.getInteger("it.crashRounds", 5);
    /** In this round the restart after the crash is itself killed, once the schema is migrated. */
    private static final int KILLED_WHILE_STARTING = 3;
    private static final int VOLUNTEERS = 3;
    private static final int ENROLLING_CLIENTS = 2;
    private static final long LOAD_MILLIS = 4_000;
    private static final Set<String> KINDS = Set.of("caregiver", "enrolment", "attendance", "THEORY", "SKILL", "certificate",
            "service", "confirmation");
    private static final String STATION = "station";
    private static final String STAFF = "zz-staff";
    private static final String ASSESSOR = "zz-assessor";
    private static final String POSTGRES = System.getProperty("it.crashPostgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "eldercare_crash";

    /** Every write answered 2xx, with how to find it again; per round. */
    private final List<List<Written>> written = new ArrayList<>();
    /** Per volunteer: acknowledged record ids, and the minutes of those whose confirmation was acknowledged. */
    private final Map<String, Set<String>> logged = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Long>> confirmed = new ConcurrentHashMap<>();
    /** Per volunteer: the start of the earliest service window tried so far. */
    private final Map<String, Instant> earliest = new ConcurrentHashMap<>();
    private final List<AssertionError> refusals = new CopyOnWriteArrayList<>();

    /** A write the server acknowledged, and a check that returns null while it is there, else what is wrong. */
    private record Written(String what, Function<HttpApi, String> missing) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNineOnTheEmbeddedDefault() throws Exception {
        crash("h2", Map.of(), ROUNDS);
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNineOnPostgreSQL() throws Exception {
        crash("postgresql", freshDatabase(), 1);
    }

    private void crash(String name, Map<String, String> database, int rounds) throws Exception {
        Path jar = Path.of(System.getProperty("it.payaraMicroJar", ""));
        Path war = Path.of(System.getProperty("it.war", ""));
        assumeTrue(Files.isRegularFile(jar) && Files.isRegularFile(war),
                "skipped: run by failsafe in the app module, which names the Payara Micro jar and the WAR");
        Path dir = Path.of(System.getProperty("it.crashDir", "target/it-crash")).resolve(name);
        OwnServer.deleteTree(dir);
        try (OwnServer server = new OwnServer(jar, war, dir, Integer.getInteger("it.crashPort", 18090), database)) {
            System.out.printf("%s: first start (demo data loaded) ready after %d ms%n", name, server.start().toMillis());
            HttpApi api = server.api();
            String recipient = join(api, "赵奶奶", LocalDate.of(1938, 4, 2), false, null);
            List<String> volunteers = new ArrayList<>();
            for (int v = 0; v < VOLUNTEERS; v++) {
                volunteers.add("crash" + v);
                join(api, "志愿者" + v, LocalDate.of(1960, 1, 1 + v), true, volunteers.get(v));
            }
            long rush = id(created(api.post(STAFF, "/api/courses", World.courseJson("YLHLY", 5, 10_000).build())));
            for (int r = 1; r <= rounds; r++) {
                Round round = new Round(server);
                written.add(round.written);
                load(api, rush, recipient, volunteers, round, server);
                assertEquals(List.of(), refusals, "the load was refused before the kill");
                assertTrue(round.kinds.containsAll(KINDS), "not every kind of write was acknowledged: " + round.kinds);
                if (r == KILLED_WHILE_STARTING) {
                    server.launch();
                    server.awaitLog("schema up to date at version");
                    server.kill();
                }
                Duration healthy = server.start();
                System.out.printf("%s round %d: %d writes acknowledged before the kill %s; ready %d ms after the restart began%n",
                        name, r, round.written.size(), round.written.stream()
                                .collect(Collectors.groupingBy(w -> kind(w.what()), TreeMap::new, Collectors.counting())),
                        healthy.toMillis());
                assertSurvived(api, round.written, volunteers);
            }
            List<Written> all = written.stream().flatMap(List::stream).toList();
            assertSurvived(api, all, volunteers);
            System.out.printf("%s: %d rounds, %d acknowledged writes, none lost%n", name, rounds, all.size());
        }
    }

    /**
     * Runs the mixed load for a while, until every kind of write has been acknowledged, then kills the
     * server under it the moment the next write is acknowledged (so that something was always answered
     * just before the kill, however slow the machine), and waits for the clients to notice.
     */
    private void load(HttpApi api, long rush, String recipient, List<String> volunteers, Round round,
                      OwnServer server) throws InterruptedException {
        List<Thread> clients = new ArrayList<>();
        for (String volunteer : volunteers) {
            clients.add(new Thread(() -> client(() -> serve(api, volunteer, recipient, round))));
        }
        for (int c = 0; c < ENROLLING_CLIENTS; c++) {
            clients.add(new Thread(() -> client(() -> enrol(api, rush, round))));
        }
        clients.add(new Thread(() -> client(() -> certify(api, round))));
        clients.forEach(Thread::start);
        Thread.sleep(LOAD_MILLIS);
        // every kind of write in every round, however slow the machine: a certificate takes some fifteen requests
        for (int i = 0; i < 1_200 && !round.kinds.containsAll(KINDS); i++) {
            Thread.sleep(100);
        }
        round.armed.set(true);
        if (!round.killed.await(2, TimeUnit.MINUTES)) {
            server.kill();
        }
        round.running.set(false);
        for (Thread t : clients) {
            t.join(120_000);
        }
    }

    /** One round's acknowledged writes, and the kill that ends it. */
    private static final class Round {
        final List<Written> written = new CopyOnWriteArrayList<>();
        final Set<String> kinds = ConcurrentHashMap.newKeySet();
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicBoolean armed = new AtomicBoolean();
        final CountDownLatch killed = new CountDownLatch(1);
        private final OwnServer server;

        Round(OwnServer server) {
            this.server = server;
        }

        /** Records an acknowledged write; once armed, the first one kills the server. */
        void acknowledged(String what, Function<HttpApi, String> missing) {
            written.add(new Written(what, missing));
            kinds.add(kind(what));
            if (armed.compareAndSet(true, false)) {
                try {
                    server.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.set(false);
                killed.countDown();
            }
        }
    }

    private void client(Runnable work) {
        try {
            work.run();
        } catch (UncheckedIOException e) {
            // the server was killed under this request: it was not acknowledged
        } catch (AssertionError e) {
            refusals.add(e);
        }
    }

    /** A caregiver registered by the base and enrolled in the big course, again and again: the enrolment rush. */
    private static void enrol(HttpApi api, long course, Round round) {
        while (round.running.get()) {
            enrolNew(api, course, round);
        }
    }

    private static long enrolNew(HttpApi api, long course, Round round) {
        long caregiver = id(created(api.post(STAFF, "/api/caregivers",
                World.caregiverJson("徐丽", World.idNumber(true)).build())));
        round.acknowledged("caregiver " + caregiver, a -> status(a.get(STAFF, "/api/caregivers/" + caregiver), 200));
        long enrolment = id(created(api.post(STAFF, "/api/courses/" + course + "/enrolments", World.enrolFor(caregiver))));
        round.acknowledged("enrolment " + enrolment, a -> {
            Api.Reply r = a.get(STAFF, "/api/enrolments/" + enrolment);
            return r.status() != 200 ? r.toString() : expect("ENROLLED", r.json().getString("status"));
        });
        return enrolment;
    }

    /** A course from enrolment to certificate: attendance until the hours are met, both scores, the certificate. */
    private static void certify(HttpApi api, Round round) {
        AtomicBoolean running = round.running;
        while (running.get()) {
            long course = id(created(api.post(STAFF, "/api/courses", World.courseJson("YLHLY", 3, 10).build())));
            long enrolment = enrolNew(api, course, round);
            long minutes = 0;
            for (int day = 1; running.get() && minutes < 120 * 60; day++) {
                created(api.post(STAFF, "/api/courses/" + course + "/sessions", Json.createObjectBuilder()
                        .add("heldOn", LocalDate.now().minusDays(day).toString()).add("minutes", 720).add("topic", "第" + day + "天")
                        .add("attendees", Json.createArrayBuilder().add(enrolment)).build()));
                minutes += 720;
                long attended = minutes;
                round.acknowledged("attendance of enrolment " + enrolment + " on day " + day, a -> {
                    double hours = a.get(STAFF, "/api/enrolments/" + enrolment).json().getJsonNumber("attendedHours").doubleValue();
                    return hours * 60 >= attended ? null : hours + " hours attended, " + attended + " minutes acknowledged";
                });
            }
            for (String part : List.of("THEORY", "SKILL")) {
                int score = "THEORY".equals(part) ? 80 : 75;
                if (running.get()) {
                    created(api.post(ASSESSOR, "/api/enrolments/" + enrolment + "/scores",
                            Json.createObjectBuilder().add("part", part).add("score", score).build()));
                    round.acknowledged(part + " score of enrolment " + enrolment, a -> a.get(STAFF,
                            "/api/enrolments/" + enrolment + "/scores").json().getJsonArray("attempts").stream()
                            .map(JsonValue::asJsonObject)
                            .anyMatch(s -> s.getString("part").equals(part) && s.getInt("score") == score) ? null : "not found");
                }
            }
            if (running.get()) {
                JsonObject certificate = created(api.post(STAFF, "/api/certificates",
                        Json.createObjectBuilder().add("enrolmentId", enrolment).build()));
                long id = id(certificate);
                String number = certificate.getString("number");
                round.acknowledged("certificate " + number, a -> {
                    Api.Reply r = a.get(STAFF, "/api/certificates/" + id);
                    return r.status() != 200 ? r.toString() : expect(number, r.json().getString("number"));
                });
            }
        }
    }

    /** One volunteer's client: log a service, have the station confirm it, again, until the server dies. */
    private void serve(HttpApi api, String user, String recipient, Round round) {
        Set<String> ours = logged.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet());
        Map<String, Long> credited = confirmed.computeIfAbsent(user, u -> new ConcurrentHashMap<>());
        for (int n = 1; round.running.get(); n++) {
            long minutes = 10 + n % 20;
            // back to back into the past (the ledger takes services up to 7 days old), never overlapping an earlier attempt
            Instant end = earliest.getOrDefault(user, Instant.now().minus(1, ChronoUnit.HOURS));
            Instant start = end.minus(minutes, ChronoUnit.MINUTES);
            earliest.put(user, start);
            JsonObject service = Json.createObjectBuilder().add("recipientId", recipient).add("categoryCode", "MEAL")
                    .add("start", start.toString()).add("end", end.toString()).build();
            String record = created(api.post(user, "/api/timebank/services", service)).getString("recordId");
            ours.add(record);
            round.acknowledged("service " + record + " logged by " + user, a -> null);
            Api.Reply confirm = api.post(STATION, "/api/timebank/services/" + record + "/confirm",
                    Json.createObjectBuilder().add("rating", 5).build());
            assertEquals(200, confirm.status(), confirm::toString);
            credited.put(record, minutes);
            round.acknowledged("confirmation of " + record, a -> null);
        }
    }

    /**
     * Right after the server says it is ready: every acknowledged write reads back; every acknowledged
     * service is credited or pending, with the minutes of every acknowledged confirmation; the balance
     * is the statement's sum; the ledger verifies. Time-bank writes are checked per volunteer, all at once.
     */
    private void assertSurvived(HttpApi api, List<Written> writes, List<String> volunteers) {
        List<String> lost = new ArrayList<>();
        for (Written w : writes) {
            String missing = w.missing().apply(api);
            if (missing != null) {
                lost.add(w.what() + ": " + missing);
            }
        }
        for (String user : volunteers) {
            View view = View.read(api, user);
            confirmed.get(user).forEach((record, minutes) -> {
                if (!Objects.equals(minutes, view.earned().get(record))) {
                    lost.add(user + ": acknowledged confirmation of " + record + " (" + minutes + " min) shows "
                            + view.earned().get(record));
                }
            });
            for (String record : logged.get(user)) {
                if (!view.earned().containsKey(record) && !view.pending().contains(record)) {
                    lost.add(user + ": acknowledged service " + record + " is neither credited nor pending");
                }
            }
            assertEquals(view.sum(), view.balance(), user + ": balance against the sum of the statement");
        }
        assertEquals(List.of(), lost, lost.size() + " of " + writes.size() + " acknowledged writes are missing");
        JsonObject report = api.post("regulator", "/api/timebank/ledger/verify", null).json();
        assertTrue(report.getBoolean("ok"), report::toString);
    }

    /** What the read model shows one volunteer: minutes earned per record, pending records, the statement's sum and the balance. */
    private record View(Map<String, Long> earned, Set<String> pending, long sum, long balance) {

        static View read(HttpApi api, String user) {
            Map<String, Long> earned = new HashMap<>();
            long sum = 0;
            for (JsonObject m : statement(api, user)) {
                long minutes = m.getJsonNumber("minutes").longValue();
                sum += minutes;
                if (m.getString("kind").equals("EARNED")) {
                    earned.put(m.getString("recordId"), minutes);
                }
            }
            Set<String> pending = new HashSet<>();
            for (int page = 0; ; page++) {
                List<JsonValue> items = api.get(user, "/api/timebank/services/pending?size=100&page=" + page).json()
                        .getJsonArray("items");
                items.forEach(p -> pending.add(p.asJsonObject().getString("recordId")));
                if (items.size() < 100) {
                    break;
                }
            }
            long balance = api.get(user, "/api/timebank/me").json().getJsonNumber("balanceMinutes").longValue();
            return new View(earned, pending, sum, balance);
        }
    }

    private static List<JsonObject> statement(HttpApi api, String user) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Reply reply = api.get(user, "/api/timebank/me/statement?size=100&page=" + page);
            assertEquals(200, reply.status(), reply::toString);
            List<JsonValue> items = reply.json().getJsonArray("items");
            items.forEach(m -> all.add(m.asJsonObject()));
            if (items.size() < 100) {
                return all;
            }
        }
    }

    /** The kind of an acknowledged write: the first word of its description. */
    private static String kind(String what) {
        return what.substring(0, what.indexOf(' '));
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private static long id(JsonObject created) {
        return created.getJsonNumber("id").longValue();
    }

    private static String status(Api.Reply reply, int expected) {
        return reply.status() == expected ? null : reply.toString();
    }

    private static String expect(String expected, String actual) {
        return expected.equals(actual) ? null : "expected " + expected + ", found " + actual;
    }

    private static String join(HttpApi api, String name, LocalDate birth, boolean volunteer, String username) {
        var b = Json.createObjectBuilder().add("name", name).add("idNumber", World.idNumberBornOn(birth))
                .add("regionCode", "410105").add("volunteer", volunteer).add("recipient", !volunteer);
        if (username != null) {
            b.add("username", username).add("password", Api.PASSWORD);
        }
        return created(api.post(STATION, "/api/timebank/members", b.build())).getString("memberId");
    }

    /** Recreates the database {@value #DATABASE} and returns the server settings that name it. */
    private static Map<String, String> freshDatabase() {
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "postgres");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            assumeTrue(false, "skipped: needs PostgreSQL at " + POSTGRES + " (user postgres): " + e.getMessage());
        }
        return Map.of("DB_URL", POSTGRES + DATABASE, "DB_USER", "postgres", "DB_PASSWORD", "postgres",
                "DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    }
}
