package cn.eldercare.timebank.ledger.embedded;

import java.util.List;

/**
 * What a verification found.
 *
 * @param ok                  the chain is intact and the world state equals a replay of it
 * @param blocks              blocks checked (all of them when ok)
 * @param transactions        transactions in those blocks, valid or not
 * @param invalidTransactions of those, invalidated by MVCC and never applied
 * @param appliedBlock        the last block the world state applied
 * @param headHash            hash of the last block checked: publish it elsewhere to make rewriting the
 *                            whole chain detectable too
 * @param firstBadBlock       the first block that fails, or that the world state disagrees about; null when ok
 * @param problem             what is wrong with it; null when ok
 * @param notes               observations that are not errors (an unfinished record at the end, blocks
 *                            not yet applied)
 */
public record VerifyReport(boolean ok, long blocks, long transactions, long invalidTransactions, long appliedBlock,
        String headHash, Long firstBadBlock, String problem, List<String> notes) {

    public VerifyReport {
        notes = List.copyOf(notes);
    }

    /** A few lines for a terminal or a log. */
    public String describe() {
        final StringBuilder text = new StringBuilder(ok ? "OK" : "FAILED at block " + firstBadBlock + ": " + problem
                + "; the blocks after it cannot be verified");
        text.append(String.format("%nblocks checked: %d, transactions: %d (invalid: %d), world state at block %d"
                + "%nhead hash: %s", blocks, transactions, invalidTransactions, appliedBlock, headHash));
        notes.forEach(note -> text.append(System.lineSeparator()).append("note: ").append(note));
        return text.toString();
    }
}
