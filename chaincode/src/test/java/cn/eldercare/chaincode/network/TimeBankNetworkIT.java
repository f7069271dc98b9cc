package cn.eldercare.chaincode.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;

/**
 * The whole flow on a real Fabric network started by chaincode/network/up.sh and deploy.sh, signed
 * by the organisations' client identities that up.sh puts in its wallet, each naming the person it
 * acts for, and by one personal certificate with attributes: initialise, register, record,
 * confirm (endorsed by both organisations), read the balance, redeem, see the chaincode event, and
 * the refusals of a foreign station, a foreign account and a second confirmation. Skipped, with the
 * reason, when the Fabric binaries are not installed.
 */
class TimeBankNetworkIT {

    private static final String BUREAU = "civilaffairs.timebank.local";
    private static final String STATIONS = "stations.timebank.local";
    private static final FabricNetwork NETWORK = new FabricNetwork(
            Path.of(System.getProperty("ccaas.jar", "target/x")).resolveSibling("fabric-network").toAbsolutePath());
    private static ManagedChannel channel;
    private static final String REGULATOR = "{\"role\":\"regulator\",\"user\":\"regulator1\"}";
    private static final String CLERK = "{\"role\":\"station\",\"user\":\"clerk1\",\"stationId\":\"1\"}";
    private static final String OTHER_CLERK = "{\"role\":\"station\",\"user\":\"clerk2\",\"stationId\":\"2\"}";
    private static final String RECIPIENT = "{\"role\":\"recipient\",\"user\":\"rec-net-0001\",\"memberId\":\"rec-net-0001\"}";

    private static final String SKIP = "skipped: Fabric binaries not found (set FABRIC_BIN)";
    private static boolean available;

    /** Without binaries nothing starts, and the test reports itself skipped with the reason. */
    @BeforeAll
    static void startNetwork() throws Exception {
        if (FabricNetwork.binaries().isEmpty()) {
            System.out.println(SKIP);
            return;
        }
        int code = NETWORK.run("up.sh");
        if (code == FabricNetwork.SKIPPED) {
            System.out.println(SKIP);
            return;
        }
        available = true;
        assertEquals(0, code, "up.sh failed; see target/network-scripts.log");
        code = NETWORK.run("deploy.sh");
        assertEquals(0, code, "deploy.sh failed; see target/network-scripts.log");
        final Path tlsCa = NETWORK.orgDir(BUREAU).resolve("peers/peer0." + BUREAU + "/tls/ca.crt");
        channel = Grpc.newChannelBuilder("127.0.0.1:7051",
                TlsChannelCredentials.newBuilder().trustManager(tlsCa.toFile()).build())
                .overrideAuthority("peer0." + BUREAU).build();
    }

    @AfterAll
    static void stopNetwork() throws Exception {
        if (channel != null) {
            channel.shutdownNow();
        }
        if (available && Files.isDirectory(NETWORK.work())) {
            NETWORK.run("down.sh");
        }
    }

    /** The organisation's client identity that up.sh wrote into the wallet for the application. */
    private static Gateway organisation(final String mspId) throws Exception {
        final Path entry = NETWORK.work().resolve("wallet").resolve(mspId);
        return Gateway.newInstance()
                .identity(new X509Identity(mspId, Identities.readX509Certificate(Files.readString(entry.resolve("cert.pem")))))
                .signer(Signers.newPrivateKeySigner(Identities.readPrivateKey(Files.readString(entry.resolve("key.pem")))))
                .connection(channel).connect();
    }

    /** A personal certificate with the Fabric-CA attributes, signed with the organisation's CA key. */
    private static Gateway gateway(final String domain, final String mspId, final String name,
            final Map<String, String> attrs) throws Exception {
        final NetworkIdentities.Enrolled id = NetworkIdentities.enrol(NETWORK.orgDir(domain), mspId, name, attrs);
        return Gateway.newInstance().identity(new X509Identity(mspId, id.certificate()))
                .signer(Signers.newPrivateKeySigner(id.privateKey())).connection(channel).connect();
    }

    private static Contract contract(final Gateway gateway, final String name) {
        return gateway.getNetwork("eldercare").getContract("timebank", name);
    }

    /** Submits as the organisation's server acting for the person {@code actor} names. */
    private static byte[] submit(final Contract contract, final String actor, final String function,
            final String request) throws Exception {
        return contract.newProposal(function).addArguments(request)
                .putTransient("actor", actor.getBytes(StandardCharsets.UTF_8)).build().endorse().submit();
    }

    private static String text(final byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void theWholeFlowRunsOnFabric() throws Exception {
        assumeTrue(available, SKIP);
        try (Gateway bureau = organisation("CivilAffairsMSP");
                Gateway stations = organisation("StationOperatorMSP");
                Gateway volunteer = gateway(STATIONS, "StationOperatorMSP", "vol-net-0001",
                        Map.of("role", "volunteer", "memberId", "vol-net-0001"))) {
            submit(contract(bureau, "admin"), REGULATOR, "InitLedger", "{\"requestId\":\"init\","
                    + "\"regulatorMsp\":\"CivilAffairsMSP\",\"stationMsps\":[\"StationOperatorMSP\"],"
                    + "\"memberMsps\":[\"StationOperatorMSP\"]}");
            final Contract members = contract(stations, "members");
            submit(members, CLERK, "RegisterVolunteer", "{\"requestId\":\"v1\",\"memberId\":\"vol-net-0001\","
                    + "\"birthDate\":\"1960-04-01\",\"regionCode\":\"320102\"}");
            submit(members, CLERK, "RegisterRecipient", "{\"requestId\":\"r1\",\"memberId\":\"rec-net-0001\","
                    + "\"birthDate\":\"1938-04-01\",\"regionCode\":\"320102\"}");

            // the volunteer signs with a personal certificate carrying the attributes, as a phone app could
            final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            final String recordId = JsonParser.parseString(text(contract(volunteer, "services").submitTransaction(
                    "SubmitService", "{\"requestId\":\"s1\",\"volunteerId\":\"vol-net-0001\",\"recipientId\":"
                            + "\"rec-net-0001\",\"categoryCode\":\"MEAL\",\"start\":\"" + start + "\",\"end\":\""
                            + start.plus(45, ChronoUnit.MINUTES) + "\"}"))).getAsJsonObject()
                    .get("recordId").getAsString();

            final String confirm = "{\"requestId\":\"c1\",\"recordId\":\"" + recordId + "\",\"rating\":5}";
            final EndorseException foreign = assertThrows(EndorseException.class,
                    () -> submit(contract(stations, "services"), OTHER_CLERK, "ConfirmService", confirm));
            assertTrue(String.valueOf(foreign.getDetails()).contains("FORBIDDEN"), foreign.toString());
            final SubmittedTransaction confirmed = contract(stations, "services").newProposal("ConfirmService")
                    .addArguments(confirm).putTransient("actor", RECIPIENT.getBytes(StandardCharsets.UTF_8))
                    .build().endorse().submitAsync();
            assertTrue(confirmed.getStatus().isSuccessful(), "confirmation did not commit");
            assertEquals(45, JsonParser.parseString(text(confirmed.getResult())).getAsJsonObject()
                    .get("creditedMinutes").getAsLong());

            final Contract accounts = contract(volunteer, "accounts");
            assertEquals(45, balance(accounts));
            final EndorseException notTheirs = assertThrows(EndorseException.class, () -> submit(
                    contract(stations, "accounts"), RECIPIENT, "Redeem", "{\"requestId\":\"x0\",\"memberId\":"
                            + "\"vol-net-0001\",\"categoryCode\":\"CLEANING\",\"minutes\":15}"));
            assertTrue(String.valueOf(notTheirs.getDetails()).contains("FORBIDDEN"), notTheirs.toString());
            accounts.submitTransaction("Redeem", "{\"requestId\":\"x1\",\"memberId\":\"vol-net-0001\","
                    + "\"categoryCode\":\"CLEANING\",\"minutes\":15}");
            assertEquals(30, balance(accounts));

            final ChaincodeEvent event = eventOf(bureau.getNetwork("eldercare"), confirmed.getTransactionId());
            assertEquals("TimeBank", event.getEventName());
            assertTrue(text(event.getPayload()).contains("\"kind\":\"EARNED\""), text(event.getPayload()));

            final EndorseException refused = assertThrows(EndorseException.class, () -> submit(
                    contract(stations, "services"), RECIPIENT, "ConfirmService", confirm.replace("\"c1\"", "\"c2\"")));
            assertTrue(String.valueOf(refused.getDetails()).contains("INVALID_STATE")
                    || String.valueOf(refused.getMessage()).contains("INVALID_STATE"), refused.toString());
        }
    }

    private static long balance(final Contract accounts) throws Exception {
        return JsonParser.parseString(text(accounts.evaluateTransaction("GetBalance",
                "{\"memberId\":\"vol-net-0001\"}"))).getAsJsonObject().get("balance").getAsLong();
    }

    /** Reads chaincode events from the first block until the given transaction's arrives. */
    private static ChaincodeEvent eventOf(final Network network, final String txId) throws Exception {
        final ExecutorService reader = Executors.newSingleThreadExecutor();
        try (CloseableIterator<ChaincodeEvent> events = network.newChaincodeEventsRequest("timebank").startBlock(0)
                .build().getEvents()) {
            final Future<ChaincodeEvent> found = reader.submit(() -> {
                while (true) {
                    final ChaincodeEvent event = events.next();
                    if (event.getTransactionId().equals(txId)) {
                        return event;
                    }
                }
            });
            return found.get(60, TimeUnit.SECONDS);
        } finally {
            reader.shutdownNow();
        }
    }
}
