package cn.eldercare.chaincode.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.ContractInterface;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import cn.eldercare.chaincode.contract.AccountContract;
import cn.eldercare.chaincode.contract.AdminContract;
import cn.eldercare.chaincode.contract.MemberContract;
import cn.eldercare.chaincode.contract.ServiceContract;
import cn.eldercare.chaincode.sim.CommitOutcome;
import cn.eldercare.chaincode.sim.InMemoryWorldState;
import cn.eldercare.chaincode.sim.LocalLedger;
import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.SimulatedStub;
import cn.eldercare.chaincode.sim.SimulationResult;
import cn.eldercare.chaincode.sim.TxProposal;

/**
 * The hot transactions on the in-memory ledger, each through the shim's routing as on a peer:
 * recording and confirming a service (two committed transactions), and a balance query.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TimeBankBenchmark {

    private static final String BUREAU = "CivilAffairsMSP";
    private static final String STATIONS = "StationOperatorMSP";
    private static final int VOLUNTEERS = 1_000;
    private static final List<Class<? extends ContractInterface>> CONTRACTS =
            List.of(AdminContract.class, MemberContract.class, ServiceContract.class, AccountContract.class);

    private final SimIdentity regulator = new SimIdentity(BUREAU, "regulator", Map.of("role", "regulator"));
    private final SimIdentity station = new SimIdentity(STATIONS, "station", Map.of("role", "station"));
    private final SimIdentity[] volunteers = new SimIdentity[VOLUNTEERS];
    private InMemoryWorldState state;
    private LocalLedger ledger;
    private Instant now;
    private long tx;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void setUp() {
        Logger.getLogger("org.hyperledger.fabric").setLevel(Level.OFF);
        state = new InMemoryWorldState();
        ledger = new LocalLedger(state, CONTRACTS, "timebank", BUREAU);
        now = Instant.parse("2025-01-01T00:00:00Z");
        submit(regulator, "admin:InitLedger", "{\"requestId\":\"init\",\"regulatorMsp\":\"" + BUREAU
                + "\",\"stationMsps\":[\"" + STATIONS + "\"],\"memberMsps\":[\"" + BUREAU + "\"]}");
        submit(station, "members:RegisterRecipient", "{\"requestId\":\"r\",\"memberId\":\"rec-000001\","
                + "\"birthDate\":\"1938-01-01\",\"regionCode\":\"320102\"}");
        // certificates are issued once per identity; issue them here, not in the measured loop
        for (int i = 0; i < VOLUNTEERS; i++) {
            final String id = String.format("vol-%06d", i);
            volunteers[i] = new SimIdentity(BUREAU, id, Map.of("role", "volunteer", "memberId", id));
            volunteers[i].creator();
            submit(station, "members:RegisterVolunteer", "{\"requestId\":\"v" + i + "\",\"memberId\":\"" + id
                    + "\",\"birthDate\":\"1960-01-01\",\"regionCode\":\"320102\"}");
        }
    }

    /** Submit a 45-minute service, then the station confirms it: two committed transactions. */
    @Benchmark
    public CommitOutcome recordAndConfirm() {
        final int v = (int) (tx % VOLUNTEERS);
        now = now.plus(Duration.ofMinutes(1));
        final Instant start = now.minus(Duration.ofHours(2));
        final CommitOutcome recorded = submit(volunteers[v], "services:SubmitService", String.format(
                "{\"requestId\":\"s%d\",\"volunteerId\":\"vol-%06d\",\"recipientId\":\"rec-000001\","
                        + "\"categoryCode\":\"MEAL\",\"start\":\"%s\",\"end\":\"%s\"}", tx, v, start,
                start.plus(Duration.ofMinutes(45))));
        final String recordId = recorded.result().txId();
        return submit(station, "services:ConfirmService",
                "{\"requestId\":\"c" + tx + "\",\"recordId\":\"" + recordId + "\",\"rating\":5}");
    }

    @Benchmark
    public SimulationResult balance() {
        final int v = (int) (tx++ % VOLUNTEERS);
        return ledger.evaluate(TxProposal.of("eldercare", "q" + tx, now, volunteers[v], "accounts:GetBalance",
                "{\"memberId\":\"" + String.format("vol-%06d", v) + "\"}"));
    }

    /** What every transaction pays for the shim reading the caller from a real certificate. */
    @Benchmark
    public ClientIdentity clientIdentity() throws Exception {
        return new ClientIdentity(new SimulatedStub(state,
                TxProposal.of("eldercare", "id", now, volunteers[0], "x"), "timebank", BUREAU));
    }

    private CommitOutcome submit(final SimIdentity who, final String function, final String json) {
        final CommitOutcome outcome = ledger.submit(TxProposal.of("eldercare", "tx" + (++tx), now, who, function,
                json));
        if (!outcome.isCommitted()) {
            throw new IllegalStateException(function + ": " + outcome.result().message() + " " + outcome.code());
        }
        return outcome;
    }
}
