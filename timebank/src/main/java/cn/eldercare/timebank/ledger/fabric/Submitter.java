package cn.eldercare.timebank.ledger.fabric;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

import cn.eldercare.timebank.ledger.control.LedgerUnavailable;

/**
 * Endorse, submit to the orderer, wait for the commit status. A transaction whose reads changed
 * between endorsement and commit (two debits of one account, a pool grant racing a deposit) is
 * invalidated by every peer and wrote nothing, so it is endorsed afresh against the new state and
 * submitted again, with the same arguments: the request's requestId makes that safe. The pause
 * doubles each time, with jitter so that two clients that collided do not collide again.
 */
final class Submitter {

    private static final Logger LOG = Logger.getLogger(Submitter.class.getName());
    private static final Set<TxValidationCode> CONFLICTS =
            Set.of(TxValidationCode.MVCC_READ_CONFLICT, TxValidationCode.PHANTOM_READ_CONFLICT);

    private final int attempts;
    private final Duration backoff;

    Submitter(final int attempts, final Duration backoff) {
        this.attempts = attempts;
        this.backoff = backoff;
    }

    String submit(final Contract contract, final String function, final String... arguments) {
        for (int attempt = 1; ; attempt++) {
            final SubmittedTransaction submitted;
            final Status status;
            try {
                submitted = contract.newProposal(function).addArguments(arguments).build().endorse().submitAsync();
                status = submitted.getStatus();
            } catch (EndorseException | SubmitException | CommitStatusException e) {
                throw FabricErrors.map(function, e);
            }
            if (status.isSuccessful()) {
                return new String(submitted.getResult(), StandardCharsets.UTF_8);
            }
            if (!CONFLICTS.contains(status.getCode())) {
                throw new LedgerUnavailable(function + " transaction " + status.getTransactionId()
                        + " was invalidated at commit: " + status.getCode(), null);
            }
            if (attempt == attempts) {
                throw new LedgerUnavailable(function + " was invalidated by " + status.getCode() + " " + attempts
                        + " times in a row; retry the request later with the same requestId", null);
            }
            LOG.log(Level.FINE, "{0} transaction {1} hit {2}; endorsing again (attempt {3})",
                    new Object[] {function, status.getTransactionId(), status.getCode(), attempt + 1});
            pause(attempt, function);
        }
    }

    private void pause(final int attempt, final String function) {
        final long millis = backoff.toMillis() << Math.min(attempt - 1, 10);
        try {
            Thread.sleep(millis + ThreadLocalRandom.current().nextLong(millis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailable(function + " was interrupted while waiting to retry", e);
        }
    }
}
