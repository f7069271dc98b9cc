package cn.eldercare.timebank.ledger.control;

import java.util.List;

/**
 * What follows the ledger's blocks from a checkpoint: the read model. An interface here, so the ledger does
 * not depend on the read model that depends on it.
 */
public interface LedgerFollower {

    /** The number of the last block applied; -1 before the first. */
    long checkpoint();

    /** Applies one block's events, exactly once however often it is delivered. */
    void apply(List<LedgerEvent> block);

    /** Forgets everything applied, to follow again from the first block. */
    void reset();
}
