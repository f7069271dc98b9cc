package cn.eldercare.timebank.ledger.control;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The time-bank ledger, whichever network keeps it: the embedded one in this JVM or a Fabric
 * network through fabric-gateway. Chosen by configuration ({@code LEDGER=embedded|fabric}).
 */
public interface Ledger extends AutoCloseable {

    /**
     * Submits a transaction (for example {@code "services:ConfirmService"} with its JSON request) and
     * returns the contract's JSON result once the transaction is durably committed. MVCC read
     * conflicts are re-submitted internally (requests carry a requestId, so this is safe).
     *
     * @throws LedgerRefusal     when the contract refuses it
     * @throws LedgerUnavailable when it cannot be committed
     */
    String submit(LedgerIdentity signer, String function, String... arguments);

    /** Evaluates a query against committed state and returns the contract's JSON result. */
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
