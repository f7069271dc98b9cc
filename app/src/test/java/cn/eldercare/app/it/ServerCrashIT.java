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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Durability of the whole server: while volunteers log services and the station confirms them
 * over HTTP from several threads, a server of the test's own is killed with SIGKILL and restarted
 * on the same data. Every service whose logging or confirmation was acknowledged is there, the
 * ledger's chain and state verify, and each balance equals the sum of the member's movements.
 * <p>
 * Its database is a PostgreSQL one of its own, as in production: H2's file store can itself be
 * corrupted by SIGKILL ("Double mark", h2database issues 2752 and 4123), which is H2's matter, not the
 * ledger's. The test skips, saying so, where no PostgreSQL server answers.
 */
class ServerCrashIT {

    private static final int PORT = Integer.getInteger("it.crashPort", 18090);
    private static final int VOLUNTEERS = 6;
    private static final long LOAD_MILLIS = 6_000;
    private static final String STATION = "station";
    private static final String POSTGRES = System.getProperty("it.crashPostgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "eldercare_crash";

    /** Per volunteer: acknowledged record ids, and the minutes of those whose confirmation was acknowledged. */
    private final Map<String, Set<String>> logged = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Long>> confirmed = new ConcurrentHashMap<>();
    private final List<AssertionError> refusals = new CopyOnWriteArrayList<>();

    @Test
    void everyAcknowledgedTransactionSurvivesKillDashNine() throws Exception {
        Path jar = Path.of(System.getProperty("it.payaraMicroJar", ""));
        Path war = Path.of(System.getProperty("it.war", ""));
        assumeTrue(Files.isRegularFile(jar) && Files.isRegularFile(war),
                "skipped: run by failsafe in the app module, which names the Payara Micro jar and the WAR");
        Path dir = Path.of(System.getProperty("it.crashDir", "target/it-crash"));
        OwnServer.deleteTree(dir);
        try (OwnServer server = new OwnServer(jar, war, dir, PORT, freshDatabase())) {
            server.start();
            HttpApi api = server.api();
            String recipient = join(api, "赵奶奶", LocalDate.of(1938, 4, 2), false, null);
            List<Thread> load = new ArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            for (int v = 0; v < VOLUNTEERS; v++) {
                String user = "crash" + v;
                join(api, "志愿者" + v, LocalDate.of(1960, 1, 1 + v), true, user);
                load.add(new Thread(() -> serve(api, user, recipient, running)));
            }
            load.forEach(Thread::start);
            Thread.sleep(LOAD_MILLIS);
            server.kill();
            running.set(false);
            for (Thread t : load) {
                t.join(120_000);
            }
            assertEquals(List.of(), refusals, "the load was refused before the kill");
            long confirmations = confirmed.values().stream().mapToLong(Map::size).sum();
            assertTrue(confirmations > 0, "no confirmation was acknowledged before the kill");
            System.out.printf("acknowledged before the kill: %d services logged, %d confirmed%n",
                    logged.values().stream().mapToLong(Set::size).sum(), confirmations);

            server.start();
            for (String user : logged.keySet()) {
                assertSurvived(api, user);
            }
            JsonObject report = api.post("regulator", "/api/timebank/ledger/verify", null).json();
            assertTrue(report.getBoolean("ok"), report::toString);
        }
    }

    /** One volunteer's client: log a service, have the station confirm it, again, until the server dies. */
    private void serve(HttpApi api, String user, String recipient, AtomicBoolean running) {
        Set<String> mine = logged.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet());
        Map<String, Long> credited = confirmed.computeIfAbsent(user, u -> new ConcurrentHashMap<>());
        Instant end = Instant.now().minus(1, ChronoUnit.HOURS);
        try {
            for (int n = 1; running.get(); n++) {
                long minutes = 10 + n % 50;
                JsonObject service = Json.createObjectBuilder().add("recipientId", recipient).add("categoryCode", "MEAL")
                        .add("start", end.minus(minutes, ChronoUnit.MINUTES).toString()).add("end", end.toString()).build();
                end = end.minus(2, ChronoUnit.HOURS);
                Api.Reply log = api.post(user, "/api/timebank/services", service);
                assertEquals(201, log.status(), log::toString);
                String record = log.json().getString("recordId");
                mine.add(record);
                Api.Reply confirm = api.post(STATION, "/api/timebank/services/" + record + "/confirm",
                        Json.createObjectBuilder().add("rating", 5).build());
                assertEquals(200, confirm.status(), confirm::toString);
                credited.put(record, minutes);
            }
        } catch (UncheckedIOException e) {
            // the server was killed under this request: it was not acknowledged
        } catch (AssertionError e) {
            refusals.add(e);
        }
    }

    /**
     * After the restart the read model catches up from its checkpoint, block by block: wait until it
     * shows every acknowledged service (a service logged after the last confirmation is in a later
     * block than that confirmation) and the balance and statement agree (a confirmation that committed
     * but was not acknowledged may land between reading one and the other), then compare.
     */
    private void assertSurvived(HttpApi api, String user) {
        View view = View.read(api, user);
        for (int i = 0; i < 600 && !(caughtUp(user, view) && view.sum() == view.balance()); i++) {
            Api.sleep(100);
            view = View.read(api, user);
        }
        for (Map.Entry<String, Long> c : confirmed.get(user).entrySet()) {
            assertEquals(c.getValue(), view.earned().get(c.getKey()), user + ": acknowledged confirmation of " + c.getKey());
        }
        for (String record : logged.get(user)) {
            assertTrue(view.earned().containsKey(record) || view.pending().contains(record),
                    user + ": acknowledged service " + record + " is neither credited nor pending");
        }
        assertEquals(view.sum(), view.balance(), user + ": balance against the sum of the statement");
    }

    private boolean caughtUp(String user, View view) {
        return view.earned().keySet().containsAll(confirmed.get(user).keySet())
                && logged.get(user).stream().allMatch(r -> view.earned().containsKey(r) || view.pending().contains(r));
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
            for (JsonValue p : api.get(user, "/api/timebank/services/pending?size=100").json().getJsonArray("items")) {
                pending.add(p.asJsonObject().getString("recordId"));
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

    private static String join(HttpApi api, String name, LocalDate birth, boolean volunteer, String username) {
        var b = Json.createObjectBuilder().add("name", name).add("idNumber", World.idNumberBornOn(birth))
                .add("regionCode", "410105").add("volunteer", volunteer).add("recipient", !volunteer);
        if (username != null) {
            b.add("username", username).add("password", Api.PASSWORD);
        }
        Api.Reply r = api.post(STATION, "/api/timebank/members", b.build());
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("memberId");
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
