package cn.eldercare.timebank.ledger.control;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.api.Tx;
import cn.eldercare.chaincode.model.Requests.Idempotent;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The time-bank ledger, whichever network keeps it: the embedded one in this JVM or a Fabric
 * network through fabric-gateway. Chosen by configuration ({@code LEDGER=embedded|fabric}).
 */
public interface Ledger extends AutoCloseable {

    /**
     * Submits a transaction of {@link Transactions} and returns its result once the transaction is
     * durably committed. MVCC read conflicts are re-submitted internally (requests carry a requestId,
     * so this is safe).
     *
     * @throws LedgerRefusal     when the contract refuses it
     * @throws LedgerUnavailable when it cannot be committed
     */
    default <Q extends Idempotent, R> R submit(LedgerIdentity signer, Tx.Submit<Q, R> tx, Q request) {
        return tx.readResult(submit(signer, tx.function(), tx.arguments(request)));
    }

    /** Evaluates a query of {@link Transactions} against committed state. */
    default <Q, R> R evaluate(LedgerIdentity signer, Tx.Evaluate<Q, R> tx, Q query) {
        return tx.readResult(evaluate(signer, tx.function(), tx.arguments(query)));
    }

    /** Evaluates a query that takes no argument. */
    default <R> R evaluate(LedgerIdentity signer, Tx.Evaluate<Void, R> tx) {
        return evaluate(signer, tx, null);
    }

    /**
     * The transport under the typed calls: submits {@code function} ({@code "services:ConfirmService"})
     * with its JSON arguments and returns the contract's JSON result. The service calls the typed
     * methods; this is what each ledger implements, and what tests of a transport drive.
     */
    String submit(LedgerIdentity signer, String function, String... arguments);

    /** The transport of {@link #evaluate(LedgerIdentity, Tx.Evaluate, Object)}. */
    String evaluate(LedgerIdentity signer, String function, String... arguments);

    /**
     * Delivers the events of every committed block after {@code afterBlock} (-1 for all), in commit
     * order, one call per block, first those already committed and then new ones as they commit,
     * until the returned handle is closed. A read model keeps the last block it applied as its
     * checkpoint, so a restart misses none.
     */
    AutoCloseable listen(long afterBlock, Consumer<List<LedgerEvent>> perBlock);

    /**
     * The last block committed before this ledger was opened that {@link #listen} delivers, -1 for
     * none: a listener that has had it has had everything acknowledged before the start. Empty where
     * the ledger cannot tell without asking the network (Fabric).
     */
    default OptionalLong lastEventBlockAtOpen() {
        return OptionalLong.empty();
    }

    @Override
    void close();
}
