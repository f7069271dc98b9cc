package cn.eldercare.timebank.ledger.fabric;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

import cn.eldercare.timebank.ledger.control.LedgerUnavailable;

/**
 * Endorse, submit to the orderer, wait for the commit status; or evaluate on one peer. What fails for
 * a passing reason is tried again with bounded, jittered, doubling pauses: a transaction whose reads
 * changed before it committed (MVCC or phantom conflict), peers that disagreed or lagged behind each
 * other, an unreachable peer or orderer, a deadline. Trying a submission again is safe because every
 * request carries a requestId: a transaction that did commit returns its first result.
 */
final class Submitter {

    private static final Logger LOG = Logger.getLogger(Submitter.class.getName());
    private static final Set<TxValidationCode> CONFLICTS =
            Set.of(TxValidationCode.MVCC_READ_CONFLICT, TxValidationCode.PHANTOM_READ_CONFLICT);
    private static final long MAX_PAUSE_MILLIS = 2_000;

    private final int attempts;
    private final Duration backoff;

    Submitter(final int attempts, final Duration backoff) {
        this.attempts = attempts;
        this.backoff = backoff;
    }

    String submit(final Contract contract, final Map<String, byte[]> transientData, final String function,
            final String... arguments) {
        for (int attempt = 1; ; attempt++) {
            RuntimeException failure;
            try {
                final SubmittedTransaction submitted = proposal(contract, transientData, function, arguments).endorse()
                        .submitAsync();
                final Status status = submitted.getStatus();
                if (status.isSuccessful()) {
                    return new String(submitted.getResult(), StandardCharsets.UTF_8);
                }
                if (!CONFLICTS.contains(status.getCode())) {
                    throw new LedgerUnavailable(LedgerUnavailable.Cause.REJECTED, function + " transaction "
                            + status.getTransactionId() + " was invalidated at commit: " + status.getCode(), null);
                }
                failure = new LedgerUnavailable(LedgerUnavailable.Cause.BUSY, function + " was invalidated by "
                        + status.getCode() + " " + attempt + " times in a row", null);
            } catch (EndorseException e) {
                failure = passingOrThrow(FabricErrors.map(function, e), true);
            } catch (SubmitException | CommitStatusException e) {
                failure = passingOrThrow(FabricErrors.map(function, e), false);
            }
            giveUpOrPause(attempt, function, failure);
        }
    }

    String evaluate(final Contract contract, final Map<String, byte[]> transientData, final String function,
            final String... arguments) {
        for (int attempt = 1; ; attempt++) {
            final RuntimeException failure;
            try {
                return new String(proposal(contract, transientData, function, arguments).evaluate(),
                        StandardCharsets.UTF_8);
            } catch (GatewayException e) {
                failure = passingOrThrow(FabricErrors.map(function, e), false);
            }
            giveUpOrPause(attempt, function, failure);
        }
    }

    private static Proposal proposal(final Contract contract, final Map<String, byte[]> transientData,
            final String function, final String... arguments) {
        return contract.newProposal(function).addArguments(arguments).putAllTransient(transientData).build();
    }

    private static RuntimeException passingOrThrow(final RuntimeException mapped, final boolean endorsement) {
        if (!FabricErrors.passing(mapped, endorsement)) {
            throw mapped;
        }
        return mapped;
    }

    private void giveUpOrPause(final int attempt, final String function, final RuntimeException failure) {
        if (attempt >= attempts) {
            throw failure;
        }
        LOG.log(Level.FINE, "{0} failed for a passing reason ({1}); trying again (attempt {2})",
                new Object[] {function, failure.getMessage(), attempt + 1});
        final long millis = Math.min(MAX_PAUSE_MILLIS, backoff.toMillis() << Math.min(attempt - 1, 10));
        try {
            Thread.sleep(millis + ThreadLocalRandom.current().nextLong(millis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailable(LedgerUnavailable.Cause.TIMEOUT, function + " was interrupted while waiting to retry", e);
        }
    }
}
