package cn.eldercare.timebank.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import cn.eldercare.chaincode.sim.SimulationResult;
import cn.eldercare.chaincode.sim.TxProposal;
import cn.eldercare.chaincode.sim.ValidationCode;

/**
 * A successfully simulated transaction waiting for the committer, and the future its submitter
 * waits on: completed with the validation code once the block holding it is durable and applied.
 */
record PendingTx(TxProposal proposal, SimulationResult result, CompletableFuture<ValidationCode> outcome) {

    PendingTx(final TxProposal proposal, final SimulationResult result) {
        this(proposal, result, new CompletableFuture<>());
    }

    BlockTx toBlockTx(final ValidationCode code) {
        final String function = new String(proposal.args().get(0), StandardCharsets.UTF_8);
        return new BlockTx(proposal.txId(), proposal.timestamp(), proposal.creator(), function,
                result.readWriteSet().writes(), code,
                result.event() == null ? null : result.event().getEventName(),
                result.event() == null ? null : result.event().getPayload().toByteArray());
    }
}
