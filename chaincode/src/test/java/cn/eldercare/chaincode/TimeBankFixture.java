package cn.eldercare.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.eldercare.chaincode.contract.AccountContract;
import cn.eldercare.chaincode.contract.AdminContract;
import cn.eldercare.chaincode.contract.MemberContract;
import cn.eldercare.chaincode.contract.ServiceContract;
import cn.eldercare.chaincode.sim.CommitOutcome;
import cn.eldercare.chaincode.sim.InMemoryWorldState;
import cn.eldercare.chaincode.sim.LocalLedger;
import cn.eldercare.chaincode.sim.ShimDispatcher;
import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.SimulationResult;
import cn.eldercare.chaincode.sim.TxProposal;

/**
 * A time bank on an in-memory ledger with a controllable clock, and the identities of the two
 * organisations: the civil-affairs bureau (regulator, also enrols members) and the station operator.
 */
public final class TimeBankFixture {

    public static final String BUREAU = "CivilAffairsMSP";
    public static final String STATIONS = "StationOperatorMSP";
    public static final List<Class<? extends ContractInterface>> CONTRACTS =
            List.of(AdminContract.class, MemberContract.class, ServiceContract.class, AccountContract.class);

    private static final ShimDispatcher DISPATCHER = new ShimDispatcher(CONTRACTS);

    public final SimIdentity regulator = new SimIdentity(BUREAU, "regulator1", Map.of("role", "regulator"));
    public final SimIdentity station = new SimIdentity(STATIONS, "station1", Map.of("role", "station"));
    public final SimIdentity otherStation = new SimIdentity(STATIONS, "station2", Map.of("role", "station"));
    public final LocalLedger ledger;
    private Instant now = Instant.parse("2025-03-01T01:00:00Z");
    private long txCounter;

    public TimeBankFixture() {
        ledger = new LocalLedger(new InMemoryWorldState(), DISPATCHER, "timebank", BUREAU);
    }

    /** Initialises the ledger with the default rules. */
    public static TimeBankFixture initialised() {
        final TimeBankFixture bank = new TimeBankFixture();
        bank.ok(bank.regulator, "admin:InitLedger", "{\"requestId\":\"init\",\"regulatorMsp\":\"" + BUREAU
                + "\",\"stationMsps\":[\"" + STATIONS + "\"],\"memberMsps\":[\"" + BUREAU + "\",\"" + STATIONS + "\"]}");
        return bank;
    }

    public static SimIdentity volunteer(final String memberId) {
        return new SimIdentity(BUREAU, memberId, Map.of("role", "volunteer", "memberId", memberId));
    }

    public static SimIdentity recipient(final String memberId) {
        return new SimIdentity(BUREAU, memberId, Map.of("role", "recipient", "memberId", memberId));
    }

    public Instant now() {
        return now;
    }

    public void advance(final Duration duration) {
        now = now.plus(duration);
    }

    public TxProposal proposal(final SimIdentity who, final String function, final String... args) {
        return TxProposal.of("eldercare", String.format("tx%08d", ++txCounter), now, who, function, args);
    }

    /**
     * A person an organisation's server acts for: the organisation's client certificate (no attributes)
     * signs, and the transient field {@code actor} names the person.
     */
    public record Actor(SimIdentity agent, String json) {
    }

    /** The client certificate of an organisation's server. */
    public static SimIdentity agent(final String mspId) {
        return new SimIdentity(mspId, "app-server", Map.of());
    }

    public static Actor actor(final String mspId, final String role, final String user, final String memberId,
            final String stationId) {
        final JsonObject json = new JsonObject();
        json.addProperty("role", role);
        json.addProperty("user", user);
        if (memberId != null) {
            json.addProperty("memberId", memberId);
        }
        if (stationId != null) {
            json.addProperty("stationId", stationId);
        }
        return new Actor(agent(mspId), json.toString());
    }

    /** The id the shim's ClientIdentity gives an identity's certificate ({@code x509::<subject>::<issuer>}). */
    public static String certificateId(final SimIdentity identity) {
        try {
            final String pem = SerializedIdentity.parseFrom(identity.creator()).getIdBytes().toStringUtf8();
            final X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)));
            return "x509::" + cert.getSubjectDN().getName() + "::" + cert.getIssuerDN().getName();
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    public CommitOutcome submit(final Actor who, final String function, final String... args) {
        return ledger.submit(proposal(who.agent(), function, args)
                .withTransient(Map.of("actor", who.json().getBytes(StandardCharsets.UTF_8))));
    }

    public JsonObject ok(final Actor who, final String function, final String... args) {
        return committed(submit(who, function, args), function);
    }

    public String fails(final String code, final Actor who, final String function, final String... args) {
        return refused(code, submit(who, function, args), function);
    }

    public CommitOutcome submit(final SimIdentity who, final String function, final String... args) {
        return ledger.submit(proposal(who, function, args));
    }

    /** Submits and expects success; returns the result as a JSON object (or null for arrays). */
    public JsonObject ok(final SimIdentity who, final String function, final String... args) {
        return committed(submit(who, function, args), function);
    }

    private static JsonObject committed(final CommitOutcome outcome, final String function) {
        assertTrue(outcome.isCommitted(), () -> function + " failed: " + outcome.result().message() + " / "
                + outcome.code());
        final String payload = outcome.result().payload();
        return payload.startsWith("{") ? JsonParser.parseString(payload).getAsJsonObject() : null;
    }

    /** Submits and expects the given error code. */
    public String fails(final String code, final SimIdentity who, final String function, final String... args) {
        return refused(code, submit(who, function, args), function);
    }

    private static String refused(final String code, final CommitOutcome outcome, final String function) {
        assertFalse(outcome.isCommitted(), () -> function + " unexpectedly succeeded: " + outcome.result().payload());
        assertEquals(code, outcome.result().message().split(":")[0], outcome.result().message());
        return outcome.result().message();
    }

    public SimulationResult query(final SimIdentity who, final String function, final String... args) {
        return ledger.evaluate(proposal(who, function, args));
    }

    public JsonObject read(final SimIdentity who, final String function, final String... args) {
        final SimulationResult result = query(who, function, args);
        assertTrue(result.isSuccess(), () -> function + " failed: " + result.message());
        return JsonParser.parseString(result.payload()).getAsJsonObject();
    }

    public long balance(final String memberId) {
        return read(regulator, "accounts:GetBalance", "{\"memberId\":\"" + memberId + "\"}").get("balance")
                .getAsLong();
    }

    /** Registers a volunteer born in {@code birthYear} through the station. */
    public void registerVolunteer(final String memberId, final int birthYear) {
        ok(station, "members:RegisterVolunteer", String.format(
                "{\"requestId\":\"reg-v-%s\",\"memberId\":\"%s\",\"birthDate\":\"%d-05-20\",\"regionCode\":\"320102\"}",
                memberId, memberId, birthYear));
    }

    public void registerRecipient(final String memberId, final int birthYear, final String priority) {
        ok(station, "members:RegisterRecipient", String.format(
                "{\"requestId\":\"reg-r-%s\",\"memberId\":\"%s\",\"birthDate\":\"%d-05-20\",\"regionCode\":\"320102\"%s}",
                memberId, memberId, birthYear, priority == null ? "" : ",\"priority\":\"" + priority + "\""));
    }

    /** A service of {@code minutes} ending now, submitted by the volunteer; returns the record id. */
    public String submitService(final String volunteerId, final String recipientId, final String category,
            final Instant start, final long minutes) {
        return ok(volunteer(volunteerId), "services:SubmitService", String.format(
                "{\"requestId\":\"s-%s-%d\",\"volunteerId\":\"%s\",\"recipientId\":\"%s\",\"categoryCode\":\"%s\","
                        + "\"start\":\"%s\",\"end\":\"%s\"}", volunteerId, start.getEpochSecond(), volunteerId,
                recipientId, category, start, start.plusSeconds(minutes * 60)))
                .get("recordId").getAsString();
    }

    public JsonObject confirm(final String recordId, final String recipientId, final int rating) {
        return ok(recipient(recipientId), "services:ConfirmService", String.format(
                "{\"requestId\":\"c-%s\",\"recordId\":\"%s\",\"rating\":%d}", recordId, recordId, rating));
    }

    /** A service of {@code minutes} starting now, then the clock moves past it and the recipient confirms it. */
    public JsonObject earn(final String volunteerId, final String recipientId, final long minutes) {
        final Instant start = now;
        advance(Duration.ofMinutes(minutes + 1));
        return confirm(submitService(volunteerId, recipientId, "MEAL", start, minutes), recipientId, 5);
    }
}
