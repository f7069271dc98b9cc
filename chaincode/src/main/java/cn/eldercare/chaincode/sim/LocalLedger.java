package cn.eldercare.chaincode.sim;

import java.util.List;

import org.hyperledger.fabric.contract.ContractInterface;

/**
 * A one-peer ledger in a JVM: simulate, validate, commit. Simulation runs concurrently on the
 * caller's thread; validation and commit are serialised, each committed transaction forming its
 * own block. An embedding ledger that batches blocks or persists state can drive
 * {@link SimulatedStub}, {@link MvccValidator} and {@link WorldState} itself the same way.
 */
public final class LocalLedger {

    private final WorldState state;
    private final ShimDispatcher dispatcher;
    private final String chaincodeName;
    private final String localMspId;
    private long height;

    public LocalLedger(final WorldState state, final List<Class<? extends ContractInterface>> contracts,
            final String chaincodeName, final String localMspId) {
        this(state, new ShimDispatcher(contracts), chaincodeName, localMspId);
    }

    /** Shares a dispatcher, whose construction scans the class path once (about a second). */
    public LocalLedger(final WorldState state, final ShimDispatcher dispatcher, final String chaincodeName,
            final String localMspId) {
        this.state = state;
        this.dispatcher = dispatcher;
        this.chaincodeName = chaincodeName;
        this.localMspId = localMspId;
    }

    /** Simulates without committing: a query, or the endorsement half of a submit. */
    public SimulationResult evaluate(final TxProposal proposal) {
        final SimulatedStub stub = new SimulatedStub(state, proposal, chaincodeName, localMspId);
        return new SimulationResult(proposal.txId(), dispatcher.invoke(stub), stub.readWriteSet(), stub.getEvent());
    }

    /** Simulates, then validates and commits when the chaincode succeeded. */
    public CommitOutcome submit(final TxProposal proposal) {
        return commit(proposal, evaluate(proposal));
    }

    /** Validates and commits an earlier simulation, as the ordering and commit of a peer would. */
    public synchronized CommitOutcome commit(final TxProposal proposal, final SimulationResult result) {
        if (!result.isSuccess()) {
            return new CommitOutcome(result, ValidationCode.ENDORSEMENT_FAILURE, null);
        }
        final ValidationCode code = MvccValidator.validate(state, result.readWriteSet());
        if (code != ValidationCode.VALID) {
            return new CommitOutcome(result, code, null);
        }
        final Version version = new Version(++height, 0);
        state.commit(version, proposal.txId(), proposal.timestamp(), result.readWriteSet().writes());
        return new CommitOutcome(result, code, version);
    }
}
