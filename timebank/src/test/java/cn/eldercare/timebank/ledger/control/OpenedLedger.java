package cn.eldercare.timebank.ledger.control;

import cn.eldercare.testing.Beans;

/** A {@link LedgerHolder} opened outside the container over a given ledger: it initialises a new ledger as at start-up. */
public final class OpenedLedger {

    private OpenedLedger() {
    }

    public static LedgerHolder over(Ledger ledger, Signers signers, LedgerFollower follower) {
        LedgerHolder holder = new LedgerHolder();
        holder.factory = new LedgerFactory() {
            @Override
            public Ledger open() {
                return ledger;
            }

            @Override
            public Object verify(Ledger opened) {
                throw new UnsupportedOperationException("not needed by these tests");
            }
        };
        holder.signers = signers;
        holder.applier = follower;
        holder.opened = Beans.events();
        holder.open();
        return holder;
    }
}
