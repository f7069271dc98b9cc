package cn.eldercare.timebank.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;

/**
 * FabricLedger on the native test network of chaincode/network (up.sh, deploy.sh; down.sh after):
 * initialise, register, record and confirm a service, read the balance, follow the chaincode events,
 * see refusals by code, race debits into MVCC conflicts that are re-submitted, and resume events
 * after a checkpoint. Skipped, saying why, when the Fabric binaries are not installed.
 */
class FabricLedgerIT {

    private static final String SKIP = "skipped: Fabric binaries not found (set FABRIC_BIN)";
    private static final String BUREAU = "civilaffairs.timebank.local";
    private static final LedgerIdentity REGULATOR = new LedgerIdentity("CivilAffairsMSP", "regulator1", "regulator", null);
    private static final LedgerIdentity STATION =
            new LedgerIdentity("StationOperatorMSP", "station1", "station", null, "1");
    private static final LedgerIdentity OTHER_STATION =
            new LedgerIdentity("StationOperatorMSP", "station2", "station", null, "2");
    private static final LedgerIdentity VOLUNTEER =
            new LedgerIdentity("StationOperatorMSP", "vol-fl-0001", "volunteer", "vol-fl-0001");
    private static final LedgerIdentity RECIPIENT =
            new LedgerIdentity("StationOperatorMSP", "rec-fl-0001", "recipient", "rec-fl-0001");

    private static final Path TARGET = Path.of(System.getProperty("fabric.it.dir", "target")).toAbsolutePath();
    private static final NetworkScripts NETWORK = new NetworkScripts(
            Path.of(System.getProperty("network.dir", "../chaincode/network")), TARGET.resolve("fabric-network"),
            Path.of(System.getProperty("ccaas.jar", "../chaincode/target/chaincode-1.0.0-SNAPSHOT-ccaas.jar")));
    private static boolean started;
    private static FabricLedger ledger;

    /** Starts nothing without the binaries; the test then reports itself skipped with the reason. */
    @BeforeAll
    static void startNetwork() throws Exception {
        if (!NetworkScripts.binariesPresent()) {
            System.out.println(SKIP);
            return;
        }
        assertTrue(Files.isRegularFile(NETWORK.ccaasJar()),
                "no chaincode jar at " + NETWORK.ccaasJar() + "; build it with: mvn -pl chaincode package -DskipTests");
        final int up = NETWORK.run("up.sh");
        if (up == NetworkScripts.SKIPPED) {
            System.out.println(SKIP);
            return;
        }
        started = true;
        assertEquals(0, up, "up.sh failed; see target/fabric-network-scripts.log");
        assertEquals(0, NETWORK.run("deploy.sh"), "deploy.sh failed; see target/fabric-network-scripts.log");

        final Path peerTlsCa = NETWORK.organisation(BUREAU).resolve("peers/peer0." + BUREAU + "/tls/ca.crt");
        ledger = new FabricLedger(new FabricSettings("127.0.0.1:7051", peerTlsCa, null, "eldercare",
                "timebank", NETWORK.wallet(), "CivilAffairsMSP", 8, Duration.ofMillis(100), Duration.ofSeconds(30),
                Duration.ofSeconds(90), Duration.ofSeconds(1)))
                .requireIdentities(List.of("CivilAffairsMSP", "StationOperatorMSP"));
    }

    @AfterAll
    static void stopNetwork() throws Exception {
        if (ledger != null) {
            ledger.close();
        }
        if (started) {
            NETWORK.run("down.sh");
        }
    }

    @Test
    void theTimeBankRunsOnFabricThroughFabricLedger() throws Exception {
        assumeTrue(ledger != null, SKIP);
        final BlockingQueue<List<LedgerEvent>> blocks = new LinkedBlockingQueue<>();
        final AutoCloseable listening = ledger.listen(-1, blocks::add);

        ledger.submit(REGULATOR, "admin:InitLedger", "{\"requestId\":\"init\",\"regulatorMsp\":\"CivilAffairsMSP\","
                + "\"stationMsps\":[\"StationOperatorMSP\"],\"memberMsps\":[\"StationOperatorMSP\"]}");
        ledger.submit(STATION, "members:RegisterVolunteer", "{\"requestId\":\"v1\",\"memberId\":\"vol-fl-0001\","
                + "\"birthDate\":\"1960-04-01\",\"regionCode\":\"320102\"}");
        ledger.submit(STATION, "members:RegisterRecipient", "{\"requestId\":\"r1\",\"memberId\":\"rec-fl-0001\","
                + "\"birthDate\":\"1938-04-01\",\"regionCode\":\"320102\"}");
        final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        final String record = ledger.submit(VOLUNTEER, "services:SubmitService", "{\"requestId\":\"s1\","
                + "\"volunteerId\":\"vol-fl-0001\",\"recipientId\":\"rec-fl-0001\",\"categoryCode\":\"MEAL\","
                + "\"start\":\"" + start + "\",\"end\":\"" + start.plus(45, ChronoUnit.MINUTES) + "\"}");
        final String recordId = field(record, "recordId");

        final String confirm = "{\"requestId\":\"c1\",\"recordId\":\"" + recordId + "\",\"rating\":5}";
        assertTrue(ledger.submit(RECIPIENT, "services:ConfirmService", confirm).contains("\"creditedMinutes\":45"));
        assertEquals("45", field(balance(), "balance"));

        final LedgerRefusal foreignStation = assertThrows(LedgerRefusal.class, () -> ledger.submit(OTHER_STATION,
                "services:CancelService", "{\"requestId\":\"k1\",\"recordId\":\"" + recordId + "\",\"reason\":\"x\"}"));
        assertEquals("FORBIDDEN", foreignStation.code());
        final LedgerRefusal foreignAccount = assertThrows(LedgerRefusal.class, () -> ledger.submit(RECIPIENT,
                "accounts:Donate", "{\"requestId\":\"d0\",\"memberId\":\"vol-fl-0001\",\"minutes\":1}"));
        assertEquals("FORBIDDEN", foreignAccount.code());
        final LedgerRefusal again = assertThrows(LedgerRefusal.class,
                () -> ledger.submit(RECIPIENT, "services:ConfirmService", confirm.replace("\"c1\"", "\"c2\"")));
        assertEquals("INVALID_STATE", again.code());
        final LedgerRefusal unknown = assertThrows(LedgerRefusal.class,
                () -> ledger.evaluate(STATION, "members:GetMember", "{\"memberId\":\"nobody-0001\"}"));
        assertEquals("NOT_FOUND", unknown.code());

        racingDebitsAreResubmittedUntilTheyCommit();

        final long checkpoint = eventsUntil(blocks, "accounts:Redeem", 3);
        listening.close();
        resumingAfterTheCheckpointMissesNothingAndRepeatsNothing(checkpoint);
        aChangedChaincodeDeployedAsTheNextSequenceKeepsAllState();
    }

    /** deploy.sh with a different jar: a new package, the next sequence, and the balances as they were. */
    private static void aChangedChaincodeDeployedAsTheNextSequenceKeepsAllState() throws Exception {
        final String before = balance();
        final Path changed = TARGET.resolve("chaincode-changed-ccaas.jar");
        Files.copy(NETWORK.ccaasJar(), changed, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem jar = FileSystems.newFileSystem(changed)) {
            Files.writeString(jar.getPath("redeployed-by-FabricLedgerIT.txt"), Instant.now().toString());
        }
        assertEquals(0, NETWORK.run("deploy.sh", changed), "redeploy failed; see target/fabric-network-scripts.log");

        assertEquals(before, balance());
        ledger.submit(VOLUNTEER, "accounts:Donate", "{\"requestId\":\"d2\",\"memberId\":\"vol-fl-0001\",\"minutes\":1}");
        assertEquals(Long.parseLong(field(before, "balance")) - 1, Long.parseLong(field(balance(), "balance")));
    }

    /** Three redemptions from one account endorsed at once: all read its balance, MVCC lets one commit per block. */
    private static void racingDebitsAreResubmittedUntilTheyCommit() throws Exception {
        final ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            final List<Future<String>> redemptions = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                final String request = "{\"requestId\":\"x" + i + "\",\"memberId\":\"vol-fl-0001\","
                        + "\"categoryCode\":\"CLEANING\",\"minutes\":5}";
                redemptions.add(pool.submit(() -> ledger.submit(VOLUNTEER, "accounts:Redeem", request)));
            }
            for (final Future<String> redemption : redemptions) {
                assertTrue(redemption.get(5, TimeUnit.MINUTES).contains("REDEEMED"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("30", field(balance(), "balance"));
    }

    /**
     * Reads delivered blocks until {@code count} events of {@code function} were seen, checking that
     * each delivery is one block and blocks come in order; returns the last block number seen.
     */
    private static long eventsUntil(final BlockingQueue<List<LedgerEvent>> blocks, final String function,
            final int count) throws InterruptedException {
        long last = -1;
        int seen = 0;
        boolean confirmed = false;
        while (seen < count) {
            final List<LedgerEvent> block = blocks.poll(2, TimeUnit.MINUTES);
            assertNotNull(block, "no block with time-bank events arrived in two minutes");
            final long number = block.get(0).blockNumber();
            assertTrue(number > last, "blocks out of order: " + number + " after " + last);
            assertTrue(block.stream().allMatch(e -> e.blockNumber() == number && e.name().equals("TimeBank")));
            confirmed |= block.stream().anyMatch(e -> e.payload().contains("\"services:ConfirmService\"")
                    && e.payload().contains("\"EARNED\""));
            seen += (int) block.stream().filter(e -> e.payload().contains("\"" + function + "\"")).count();
            last = number;
        }
        assertTrue(confirmed, "the confirmation's event, crediting the volunteer, was delivered");
        return last;
    }

    private static void resumingAfterTheCheckpointMissesNothingAndRepeatsNothing(final long checkpoint)
            throws Exception {
        ledger.submit(VOLUNTEER, "accounts:Donate", "{\"requestId\":\"d1\",\"memberId\":\"vol-fl-0001\",\"minutes\":1}");
        final BlockingQueue<List<LedgerEvent>> resumed = new LinkedBlockingQueue<>();
        try (AutoCloseable listening = ledger.listen(checkpoint, resumed::add)) {
            final List<LedgerEvent> first = resumed.poll(2, TimeUnit.MINUTES);
            assertNotNull(first, "no block after the checkpoint arrived");
            assertTrue(first.get(0).blockNumber() > checkpoint);
            assertTrue(first.get(0).payload().contains("\"accounts:Donate\""), first.toString());
        }
    }

    private static String balance() {
        return ledger.evaluate(VOLUNTEER, "accounts:GetBalance", "{\"memberId\":\"vol-fl-0001\"}");
    }

    private static String field(final String json, final String name) {
        return JsonParser.parseString(json).getAsJsonObject().get(name).getAsString();
    }
}
