package cn.eldercare.timebank.ledger.control;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.model.Requests;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the configured ledger at start-up and, from the first request on, keeps the read model following it from its checkpoint.
 * Bean-managed concurrency: every request uses the ledger at once, the container must not queue them.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LedgerHolder {

    private static final Logger LOG = Logger.getLogger(LedgerHolder.class.getName());

    @Inject
    LedgerFactory factory;
    @Inject
    LedgerFollower applier;
    @Inject
    Signers signers;
    @Resource
    ManagedExecutorService executor;
    @Resource
    ContextService contexts;
    @Inject
    Event<LedgerOpened> opened;

    private volatile Ledger ledger;
    private volatile AutoCloseable following;
    /** The block the read model must have applied to show everything acknowledged before this start. */
    private volatile OptionalLong catchUpTo;
    private volatile boolean caughtUp;
    /** {@link BlockApplier#apply} with this application's container context, which the ledger's own threads lack. */
    private Consumer<List<LedgerEvent>> applyInContext;

    /** Opens the ledger; the read model starts following it with the first request or readiness check ({@link #follow()}). */
    @PostConstruct
    void open() {
        long began = System.nanoTime();
        applyInContext = contexts.contextualConsumer(applier::apply);
        ledger = factory.open();
        catchUpTo = ledger.lastEventBlockAtOpen();
        initialise();
        opened.fire(new LedgerOpened());
        // start-up time is measured from the log (BENCHMARKS.md, "Crash recovery")
        LOG.info(() -> "time-bank ledger open in " + (System.nanoTime() - began) / 1_000_000 + " ms; the read model catches up to block "
                + (catchUpTo.isPresent() ? catchUpTo.getAsLong() : "(as the ledger delivers)"));
    }

    /**
     * Has the read model follow the ledger from its checkpoint, once. Not at start-up: after a crash the
     * ledger delivers the blocks the read model lacks at once, and Payara re-creates the datasource's
     * pool late in deployment, so applying them meanwhile lost the connection mid-transaction and left
     * the checkpoint row locked. A request, or a readiness check, comes only once deployment has finished.
     */
    public void follow() {
        if (following == null) {
            startFollowing();
        }
    }

    private synchronized void startFollowing() {
        if (following == null) {
            following = ledger.listen(applier.checkpoint(), this::apply);
        }
    }

    /**
     * Whether the read model has applied every block committed before this start, so that it shows
     * every transaction acknowledged before a crash; starts it following. Once true, it stays true: a
     * read model a few blocks behind under load is serving normally. Where the ledger cannot tell how
     * far to go (Fabric), following is enough.
     */
    public boolean readModelCaughtUp() {
        follow();
        if (!caughtUp) {
            caughtUp = catchUpTo.isEmpty() || applier.checkpoint() >= catchUpTo.getAsLong();
        }
        return caughtUp;
    }

    /** A new ledger learns which organisations are regulator, stations and members; once, as the regulator. */
    private void initialise() {
        try {
            ledger.evaluate(signers.regulator("bootstrap"), Transactions.GET_CONFIG);
        } catch (LedgerRefusal notYet) {
            if (!"NOT_INITIALISED".equals(notYet.code())) {
                throw notYet;
            }
            ledger.submit(signers.regulator("bootstrap"), Transactions.INIT_LEDGER, new Requests.Init("init-ledger",
                    signers.regulatorMsp(), List.of(signers.stationMsp()), List.of(signers.memberMsp()), null));
            LOG.info("time-bank ledger initialised");
        }
    }

    /** Called on every time-bank request: no transaction of the container's, the ledger has its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Ledger get() {
        return ledger;
    }

    /** Forgets the read model and rebuilds it from the ledger's first block. */
    public synchronized void rebuildReadModel() throws Exception {
        if (following != null) {
            following.close();
        }
        applier.reset();
        following = ledger.listen(-1, this::apply);
    }

    /**
     * Applies a block on a container thread, retrying until it succeeds, in order. The ledger delivers on a
     * thread of its own, from which the executor captured no application context: {@code @Transactional}
     * then still began and committed each block's transaction, but logged "No ComponentInvocation present"
     * for each block. The task now carries the context captured when the ledger was opened.
     */
    private void apply(List<LedgerEvent> block) {
        for (int attempt = 1; ; attempt++) {
            try {
                executor.submit(() -> applyInContext.accept(block)).get();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                LOG.log(Level.SEVERE, "read model could not apply block " + block.get(0).blockNumber() + " (attempt "
                        + attempt + ")", attempt % 10 == 1 ? e.getCause() : null);
                sleep(Math.min(30_000, 200L * attempt));
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (following != null) {
                following.close();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "closing the read model's subscription", e);
        }
        ledger.close();
    }
}
