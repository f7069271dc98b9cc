package cn.eldercare.timebank.ledger.embedded;

/** The number of the last block committed (durable and applied), which event deliveries wait on. */
final class CommitHeight {

    private long height;

    CommitHeight(final long height) {
        this.height = height;
    }

    synchronized long get() {
        return height;
    }

    synchronized void advance(final long block) {
        height = block;
        notifyAll();
    }

    /** Waits up to {@code millis} for block {@code wanted} to commit; true when it has. */
    synchronized boolean await(final long wanted, final long millis) throws InterruptedException {
        if (height < wanted) {
            wait(millis);
        }
        return height >= wanted;
    }

    /** Lets waiting deliveries look at their state (a closed one stops). */
    synchronized void wake() {
        notifyAll();
    }
}
