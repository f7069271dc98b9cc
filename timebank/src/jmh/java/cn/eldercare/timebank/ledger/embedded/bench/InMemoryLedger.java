package cn.eldercare.timebank.ledger.embedded.bench;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.eldercare.chaincode.sim.CommitOutcome;
import cn.eldercare.chaincode.sim.InMemoryWorldState;
import cn.eldercare.chaincode.sim.LocalLedger;
import cn.eldercare.chaincode.sim.ShimDispatcher;
import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.SimulationResult;
import cn.eldercare.chaincode.sim.TxProposal;
import cn.eldercare.chaincode.sim.ValidationCode;
import cn.eldercare.timebank.ledger.control.Ledger;
import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;

/**
 * The chaincode module's {@link LocalLedger} (in memory, one transaction per block, nothing
 * written to disk) behind the same interface, as the baseline the embedded ledger is compared with.
 */
final class InMemoryLedger implements Ledger {

    private final LocalLedger ledger;
    private final SecureRandom random = new SecureRandom();

    InMemoryLedger(final ShimDispatcher contracts) {
        ledger = new LocalLedger(new InMemoryWorldState(), contracts, "timebank", "RegulatorMSP");
    }

    @Override
    public String submit(final LedgerIdentity signer, final String function, final String... arguments) {
        while (true) {
            final CommitOutcome outcome = ledger.submit(proposal(signer, function, arguments));
            if (outcome.code() == ValidationCode.ENDORSEMENT_FAILURE) {
                throw LedgerRefusal.fromMessage(outcome.result().message());
            }
            if (outcome.isCommitted()) {
                return outcome.result().payload();
            }
        }
    }

    @Override
    public String evaluate(final LedgerIdentity signer, final String function, final String... arguments) {
        final SimulationResult result = ledger.evaluate(proposal(signer, function, arguments));
        if (!result.isSuccess()) {
            throw LedgerRefusal.fromMessage(result.message());
        }
        return result.payload();
    }

    /** As the embedded ledger proposes: the organisation's client identity, the person in the transient {@code actor}. */
    private TxProposal proposal(final LedgerIdentity signer, final String function, final String... arguments) {
        final byte[] txId = new byte[32];
        random.nextBytes(txId);
        return TxProposal.of("eldercare", HexFormat.of().formatHex(txId), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                new SimIdentity(signer.mspId(), "app-server", Map.of()), function, arguments)
                .withTransient(signer.actor().asTransient());
    }

    @Override
    public AutoCloseable listen(final long afterBlock, final Consumer<List<LedgerEvent>> perBlock) {
        throw new UnsupportedOperationException("the benchmark does not listen");
    }

    @Override
    public void close() {
        // nothing to release: the state is garbage once unreferenced
    }
}
