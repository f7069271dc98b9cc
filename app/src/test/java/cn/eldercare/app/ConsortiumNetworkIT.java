package cn.eldercare.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;

/**
 * The 通存通兑 consortium of chaincode/consortium on this machine: three organisations, each in its
 * own network namespace with its own CA, Raft orderer and peer. Starts it (up.sh, deploy.sh with
 * the default MAJORITY policy), submits as 郑州市金水区's app identity through Jinshui's peer, reads
 * the result back through 魏都区's and the province's peers, stops the Raft leader's orderer and still
 * commits, stops one organisation's peer and orderer and still commits, brings them back and sees
 * them catch up, redeploys with ENDORSEMENT_POLICY=ALL as
 * the next sequence keeping all state, and shows that with Weidu stopped again nothing commits.
 * Stops it all (down.sh) after.
 *
 * <p>Skipped, saying why, when $FABRIC_BIN/peer is missing or network namespaces cannot be made
 * (not root). The failsafe configuration leaves it out of {@code mvn verify}: .ci/run runs it in its
 * Fabric stage, by name ({@code -Dit.test=ConsortiumNetworkIT}).
 */
class ConsortiumNetworkIT {

    private static final String FABRIC_BIN = System.getenv().getOrDefault("FABRIC_BIN", "/opt/fabric/bin");
    private static final int SKIPPED = 77;
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path WORK = TARGET.resolve("consortium-network");
    private static final Path LOG = TARGET.resolve("consortium-scripts.log");
    private static final Path SCRIPTS = Path.of(System.getProperty("consortium.dir", "../chaincode/consortium"))
            .toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("ccaas.jar",
            "../chaincode/target/chaincode-1.0.0-SNAPSHOT-ccaas.jar")).toAbsolutePath().normalize();

    private static final Map<String, String> MSP = Map.of("province", "ProvinceMSP", "jinshui", "JinshuiMSP",
            "weidu", "WeiduMSP");
    private static final Map<String, String> PEER = Map.of("province", "10.77.0.11:7051", "jinshui",
            "10.77.0.12:7051", "weidu", "10.77.0.13:7051");
    /** The people each organisation's app server acts for, named in the transient field "actor". */
    private static final String JINSHUI_CLERK = "{\"role\":\"station\",\"user\":\"js-clerk1\"}";
    private static final String WEIDU_CLERK = "{\"role\":\"station\",\"user\":\"wd-clerk1\"}";
    private static final String PROVINCE_OFFICER = "{\"role\":\"regulator\",\"user\":\"hn-officer1\"}";

    private static String skip;
    private static boolean started;
    private static final List<ManagedChannel> CHANNELS = new ArrayList<>();

    @BeforeAll
    static void startConsortium() throws Exception {
        if (!Files.isExecutable(Path.of(FABRIC_BIN, "peer"))) {
            skip = "skipped: the consortium network needs Fabric's binaries, and " + FABRIC_BIN
                    + "/peer does not exist (install Fabric 2.5 and set FABRIC_BIN)";
            System.out.println(skip);
            return;
        }
        assertTrue(Files.isRegularFile(JAR), "no chaincode jar at " + JAR
                + "; build it with: mvn -pl chaincode -am package -DskipTests");
        script("down.sh"); // a consortium left over from an interrupted run
        final long t0 = System.nanoTime();
        final int up = script("up.sh");
        if (up == SKIPPED) {
            skip = "skipped: " + lastLine() + " (see " + LOG + ")";
            System.out.println(skip);
            return;
        }
        started = true;
        assertEquals(0, up, "up.sh failed; see " + LOG);
        System.out.printf("consortium up in %d s%n", seconds(t0));
        final long t1 = System.nanoTime();
        assertEquals(0, script("deploy.sh"), "deploy.sh failed; see " + LOG);
        System.out.printf("chaincode deployed (MAJORITY) and ledger initialised in %d s%n", seconds(t1));
    }

    @AfterAll
    static void stopConsortium() throws Exception {
        CHANNELS.forEach(ManagedChannel::shutdownNow);
        if (started) {
            assertEquals(0, script("down.sh"), "down.sh left something behind; see " + LOG);
        }
    }

    @Test
    void districtsShareOneLedgerThatSurvivesAnOrganisationGoingAwayUnderMajorityButNotUnderAll() throws Exception {
        assumeTrue(skip == null, skip);
        try (Gateway jinshui = gateway("jinshui"); Gateway weidu = gateway("weidu");
                Gateway province = gateway("province")) {
            final Contract jsMembers = contract(jinshui, "members");
            final Contract jsServices = contract(jinshui, "services");

            // Jinshui records a service through its own peer; the other two organisations read it through theirs
            submit(jsMembers, JINSHUI_CLERK, "RegisterVolunteer", "{\"requestId\":\"v1\",\"memberId\":\"vol-js-0001\","
                    + "\"birthDate\":\"1962-05-01\",\"regionCode\":\"410105\"}");
            submit(jsMembers, JINSHUI_CLERK, "RegisterRecipient", "{\"requestId\":\"r1\",\"memberId\":\"rec-js-0001\","
                    + "\"birthDate\":\"1936-02-01\",\"regionCode\":\"410105\"}");
            final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            final String record = submit(jsServices, JINSHUI_CLERK, "SubmitService", "{\"requestId\":\"s1\","
                    + "\"volunteerId\":\"vol-js-0001\",\"recipientId\":\"rec-js-0001\",\"categoryCode\":\"MEAL\","
                    + "\"start\":\"" + start + "\",\"end\":\"" + start.plus(45, ChronoUnit.MINUTES) + "\"}");
            final String recordId = field(record, "recordId");
            final String query = "{\"recordId\":\"" + recordId + "\"}";
            for (final Gateway reader : List.of(weidu, province)) {
                final String actor = reader == weidu ? WEIDU_CLERK : PROVINCE_OFFICER;
                final String seen = eventually(Duration.ofSeconds(60),
                        () -> evaluate(contract(reader, "services"), actor, "GetServiceRecord", query));
                assertEquals("PENDING", field(seen, "status"), seen);
                assertTrue(seen.contains("vol-js-0001"), seen);
            }
            System.out.println("recorded through Jinshui's peer, read through Weidu's and the province's: " + recordId);

            // the Raft leader's orderer stopped: the other two elect a new leader and ordering goes on
            final String leader = raftLeader("jinshui");
            // an orderer that stays up tells who leads next
            final String observer = leader.equals("province") ? "weidu" : "province";
            assertEquals(0, script("node.sh", "stop", leader, "orderer"), "node.sh stop " + leader + " orderer failed");
            firstFailure();
            long t = System.nanoTime();
            final int[] attempts = {0};
            eventually(Duration.ofSeconds(120), () -> {
                attempts[0]++;
                return submit(jsMembers, JINSHUI_CLERK, "RegisterRecipient", "{\"requestId\":\"r2\","
                        + "\"memberId\":\"rec-js-0002\",\"birthDate\":\"1937-03-01\",\"regionCode\":\"410105\"}");
            });
            System.out.printf("the Raft leader (%s's orderer) stopped: committed in %d ms (%d attempt(s)%s); new leader %s's%n",
                    leader, millis(t), attempts[0], firstFailure(), raftLeader(observer));
            assertEquals(0, script("node.sh", "start", leader, "orderer"), "node.sh start " + leader + " orderer failed");

            // MAJORITY: with one organisation's peer and orderer stopped, the other two still commit. The one
            // stopped is the organisation whose orderer led Raft, unless that is Jinshui, whose peer this client uses.
            final String current = raftLeader(observer);
            final String down = current.equals("province") ? "province" : "weidu";
            final String downActor = down.equals("weidu") ? WEIDU_CLERK : PROVINCE_OFFICER;
            final Gateway remaining = down.equals("weidu") ? province : weidu;
            final String remainingActor = down.equals("weidu") ? PROVINCE_OFFICER : WEIDU_CLERK;
            System.out.println("Raft leader: the orderer of " + current + "; stopping the peer and orderer of " + down);
            assertEquals(0, script("node.sh", "stop", down, "peer", "orderer"), "node.sh stop " + down + " failed");
            firstFailure();
            t = System.nanoTime();
            attempts[0] = 0;
            eventually(Duration.ofSeconds(120), () -> {
                attempts[0]++;
                return submit(jsMembers, JINSHUI_CLERK, "RegisterVolunteer", "{\"requestId\":\"v2\","
                        + "\"memberId\":\"vol-js-0002\",\"birthDate\":\"1963-06-01\",\"regionCode\":\"410105\"}");
            });
            System.out.printf("MAJORITY, %s's peer and orderer stopped: committed in %d ms (%d attempt(s)%s)%n", down,
                    millis(t), attempts[0], firstFailure());
            final String member = "{\"memberId\":\"vol-js-0002\"}";
            assertTrue(eventually(Duration.ofSeconds(60), () -> evaluate(contract(remaining, "members"),
                    remainingActor, "GetMember", member)).contains("vol-js-0002"));

            // the stopped organisation comes back and catches up from the others
            t = System.nanoTime();
            assertEquals(0, script("node.sh", "start", down, "peer", "orderer"), "node.sh start " + down + " failed");
            final Gateway back = down.equals("weidu") ? weidu : province;
            assertTrue(eventually(Duration.ofSeconds(120), () -> evaluate(contract(back, "members"), downActor,
                    "GetMember", member)).contains("vol-js-0002"));
            System.out.printf("%s restarted and caught up in %d ms%n", down, millis(t));

            // the policy is configuration: ALL, committed as the next sequence, keeps every state
            t = System.nanoTime();
            assertEquals(0, script(Map.of("ENDORSEMENT_POLICY", "ALL"), "deploy.sh"), "redeploy with ALL failed");
            System.out.printf("redeployed with ENDORSEMENT_POLICY=ALL in %d s%n", seconds(t));
            assertTrue(Files.readString(WORK.resolve("deployed")).contains("AND('ProvinceMSP.peer','JinshuiMSP.peer',"
                    + "'WeiduMSP.peer')"), "the committed policy is AND of all three");
            for (final Gateway reader : List.of(jinshui, weidu, province)) {
                final String actor = reader == jinshui ? JINSHUI_CLERK : reader == weidu ? WEIDU_CLERK : PROVINCE_OFFICER;
                assertEquals("PENDING", field(evaluate(contract(reader, "services"), actor, "GetServiceRecord", query),
                        "status"), "the record survived the policy change");
            }
            eventually(Duration.ofSeconds(90), () -> submit(jsMembers, JINSHUI_CLERK, "RegisterVolunteer",
                    "{\"requestId\":\"v3\",\"memberId\":\"vol-js-0003\",\"birthDate\":\"1964-07-01\","
                            + "\"regionCode\":\"410105\"}"));
            System.out.println("ALL, every organisation up: committed");

            // ALL: with Weidu's peer and orderer stopped, nothing commits
            assertEquals(0, script("node.sh", "stop", "weidu", "peer", "orderer"), "node.sh stop weidu failed");
            final List<String> refusals = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                try {
                    submit(jsMembers, JINSHUI_CLERK, "RegisterVolunteer", "{\"requestId\":\"v4\","
                            + "\"memberId\":\"vol-js-0004\",\"birthDate\":\"1965-08-01\",\"regionCode\":\"410105\"}");
                    fail("committed under ALL with Weidu's peer stopped");
                } catch (GatewayException | IllegalStateException e) {
                    refusals.add(e.getClass().getSimpleName() + ": " + firstLine(details(e)));
                }
                TimeUnit.SECONDS.sleep(5); // spread the attempts over gossip's 10 s alive expiry
            }
            System.out.println("ALL, Weidu stopped: refused " + refusals.size() + " times: " + refusals.get(0));
            final String absent = "{\"memberId\":\"vol-js-0004\"}";
            try {
                evaluate(contract(province, "members"), PROVINCE_OFFICER, "GetMember", absent);
                fail("vol-js-0004 is on the ledger");
            } catch (GatewayException e) {
                assertTrue(String.valueOf(e.getMessage()).contains("NOT_FOUND")
                        || details(e).contains("NOT_FOUND"), "expected NOT_FOUND, got " + details(e));
            }
        }
    }

    /**
     * The organisation whose orderer the others follow, as the orderer of {@code observer} last logged it:
     * Raft node ids are the consenters' positions in the channel configuration (province 1, jinshui 2, weidu 3).
     */
    private static String raftLeader(final String observer) throws IOException {
        final Matcher m = Pattern.compile("Raft leader changed: \\d+ -> ([1-9]\\d*) channel=eldercare")
                .matcher(Files.readString(WORK.resolve("logs/" + observer + "-orderer.log")));
        String id = null;
        while (m.find()) {
            id = m.group(1);
        }
        assertTrue(id != null, observer + "'s orderer has not logged a Raft leader");
        return List.of("province", "jinshui", "weidu").get(Integer.parseInt(id) - 1);
    }

    /** The organisation's app identity, from the wallet up.sh wrote into its own directory, through its own peer. */
    private static Gateway gateway(final String org) throws Exception {
        final Path dir = WORK.resolve(org);
        final String msp = MSP.get(org);
        final ManagedChannel channel = Grpc.newChannelBuilder(PEER.get(org),
                TlsChannelCredentials.newBuilder().trustManager(dir.resolve("peer/tls/ca.crt").toFile()).build()).build();
        CHANNELS.add(channel);
        final Path wallet = dir.resolve("wallet").resolve(msp);
        return Gateway.newInstance()
                .identity(new X509Identity(msp, Identities.readX509Certificate(Files.readString(wallet.resolve("cert.pem")))))
                .signer(Signers.newPrivateKeySigner(Identities.readPrivateKey(Files.readString(wallet.resolve("key.pem")))))
                .connection(channel)
                .evaluateOptions(o -> o.withDeadlineAfter(30, TimeUnit.SECONDS))
                .endorseOptions(o -> o.withDeadlineAfter(30, TimeUnit.SECONDS))
                .submitOptions(o -> o.withDeadlineAfter(30, TimeUnit.SECONDS))
                .commitStatusOptions(o -> o.withDeadlineAfter(60, TimeUnit.SECONDS))
                .connect();
    }

    private static Contract contract(final Gateway gateway, final String name) {
        return gateway.getNetwork("eldercare").getContract("timebank", name);
    }

    /** Endorses, orders and waits for the commit; fails unless the transaction is valid. */
    private static String submit(final Contract contract, final String actor, final String function,
            final String request) throws GatewayException {
        try {
            return text(contract.newProposal(function).addArguments(request)
                    .putTransient("actor", actor.getBytes(StandardCharsets.UTF_8)).build().endorse().submit());
        } catch (org.hyperledger.fabric.client.CommitException e) {
            throw new IllegalStateException("not committed: " + e.getCode(), e);
        }
    }

    private static String evaluate(final Contract contract, final String actor, final String function,
            final String request) throws GatewayException {
        return text(contract.newProposal(function).addArguments(request)
                .putTransient("actor", actor.getBytes(StandardCharsets.UTF_8)).build().evaluate());
    }

    @FunctionalInterface
    private interface Attempt {
        String run() throws Exception;
    }

    /** The first failure eventually() retried since the last call of firstFailure(), if any. */
    private static String firstFailure;

    private static String firstFailure() {
        final String text = firstFailure == null ? "" : "; the first failed with " + firstFailure;
        firstFailure = null;
        return text;
    }

    /** Retries until the call succeeds (a peer still catching up, gossip not yet aware of a stopped node). */
    private static String eventually(final Duration limit, final Attempt attempt) throws Exception {
        final long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return attempt.run();
            } catch (Exception e) {
                if (firstFailure == null) {
                    firstFailure = firstLine(details(e));
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("still failing after " + limit + ": " + details(e), e);
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
    }

    private static String details(final Exception e) {
        final StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        if (e instanceof GatewayException g) {
            g.getDetails().forEach(d -> text.append(" | ").append(d.getMspId()).append(": ").append(d.getMessage()));
        }
        return text.toString();
    }

    private static int script(final String name, final String... args) throws IOException, InterruptedException {
        return script(Map.of(), name, args);
    }

    /** Runs one of the consortium scripts to its end (ten minutes at most), appending its output to the log. */
    private static int script(final Map<String, String> env, final String name, final String... args)
            throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(name).toString()));
        command.addAll(List.of(args));
        Files.createDirectories(TARGET);
        Files.writeString(LOG, "\n=== " + Instant.now() + " " + String.join(" ", command.subList(1, command.size()))
                + " " + env + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        builder.environment().put("CONSORTIUM_NET_DIR", WORK.toString());
        builder.environment().put("CCAAS_JAR", JAR.toString());
        builder.environment().put("FABRIC_BIN", FABRIC_BIN);
        builder.environment().remove("ENDORSEMENT_POLICY");
        builder.environment().putAll(env);
        final Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroy();
            throw new IllegalStateException(name + " did not finish in ten minutes");
        }
        return process.exitValue();
    }

    private static String lastLine() throws IOException {
        final List<String> lines = Files.readAllLines(LOG);
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).replaceFirst("^skipped: ", "");
    }

    private static String field(final String json, final String name) {
        final Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        assertTrue(m.find(), "no " + name + " in " + json);
        return m.group(1);
    }

    private static String text(final byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String firstLine(final String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static long seconds(final long since) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
    }

    private static long millis(final long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }
}
