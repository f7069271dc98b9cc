package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import cn.eldercare.chaincode.contract.AccountContract;
import cn.eldercare.chaincode.contract.AdminContract;
import cn.eldercare.chaincode.contract.MemberContract;
import cn.eldercare.chaincode.contract.ServiceContract;
import cn.eldercare.chaincode.sim.ShimDispatcher;
import cn.eldercare.chaincode.sim.SimulatedStub;
import cn.eldercare.chaincode.sim.SimulationResult;
import cn.eldercare.chaincode.sim.TxProposal;
import cn.eldercare.chaincode.sim.ValidationCode;
import cn.eldercare.timebank.ledger.control.Ledger;
import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;
import cn.eldercare.timebank.ledger.control.LedgerUnavailable;

/**
 * The time-bank ledger in this JVM: the chaincode module's contracts run unchanged on
 * {@link SimulatedStub} over a durable world state, with a hash-chained block log of its own.
 * A submit is simulated on the caller's thread against a snapshot of the last committed block,
 * then ordered, validated and committed by the {@link Committer} with whatever else is queued;
 * it returns once its block is forced to disk and applied. MVCC conflicts are simulated again
 * with a new transaction id, as a Fabric client re-submits.
 */
public final class EmbeddedLedger implements Ledger {

    private static final String CHAINCODE = "timebank";
    /** The shim logs every refused transaction, a normal outcome here, at SEVERE; held so the level sticks. */
    private static final Logger SHIM_LOG = Logger.getLogger("org.hyperledger.fabric");

    static {
        SHIM_LOG.setLevel(Level.OFF);
    }

    private final EmbeddedLedgerConfig config;
    private final ShimDispatcher dispatcher;
    private final DurableWorldState state;
    private final BlockLog log;
    private final CommitHeight height;
    private final Committer committer;
    private final Proposals proposals;
    private final long lastEventBlockAtOpen;
    private final List<BlockDelivery> deliveries = new CopyOnWriteArrayList<>();

    private EmbeddedLedger(final EmbeddedLedgerConfig config, final ShimDispatcher dispatcher,
            final DurableWorldState state, final BlockLog log) {
        this.config = config;
        this.dispatcher = dispatcher;
        this.state = state;
        this.log = log;
        height = new CommitHeight(log.head());
        committer = new Committer(log, state, height, config.clock(), config.maxBlockTransactions());
        proposals = new Proposals(config.network().channel());
        lastEventBlockAtOpen = log.lastEventBlockAtOpen();
    }

    /** The contracts of the chaincode module, routed as on a peer; building one takes about a second. */
    public static ShimDispatcher timeBankContracts() {
        return new ShimDispatcher(List.of(AdminContract.class, MemberContract.class, ServiceContract.class,
                AccountContract.class));
    }

    /** Opens (creating) the ledger in {@code config.directory()}, re-applying blocks the state lacks. */
    public static EmbeddedLedger open(final EmbeddedLedgerConfig config) {
        return open(config, timeBankContracts());
    }

    public static EmbeddedLedger open(final EmbeddedLedgerConfig config, final ShimDispatcher dispatcher) {
        final DurableWorldState state;
        try {
            Files.createDirectories(config.directory());
            state = DurableWorldState.open(config.stateFile());
        } catch (IOException | RuntimeException e) {
            throw new LedgerUnavailable("cannot open the embedded ledger in " + config.directory(), e);
        }
        try {
            final BlockLog log = BlockLog.open(config.blocks(), config.segmentBytes(), state.appliedBlock());
            Recovery.catchUp(state, log);
            return new EmbeddedLedger(config, dispatcher, state, log);
        } catch (IOException e) {
            state.close();
            throw new LedgerUnavailable("cannot open the block log in " + config.blocks(), e);
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
    }

    @Override
    public String submit(final LedgerIdentity signer, final String function, final String... arguments) {
        return submit(() -> config.clock().instant().truncatedTo(ChronoUnit.MILLIS), signer, function, arguments);
    }

    /** A submit with the transaction time given, for seeding historical (demo) data. */
    public String submitAt(final Instant timestamp, final LedgerIdentity signer, final String function,
            final String... arguments) {
        return submit(() -> timestamp, signer, function, arguments);
    }

    private String submit(final Supplier<Instant> time, final LedgerIdentity signer, final String function,
            final String... arguments) {
        for (int attempt = 1; ; attempt++) {
            final TxProposal proposal = proposals.create(signer, time.get(), function, arguments);
            final SimulationResult result = simulate(proposal);
            if (!result.isSuccess()) {
                throw LedgerRefusal.fromMessage(result.message());
            }
            // a retry answered from its receipt writes nothing: nothing to order, and all it read is committed
            if (result.readWriteSet().isReadOnly() && result.event() == null) {
                return result.payload();
            }
            final ValidationCode code = await(committer.enqueue(new PendingTx(proposal, result)), function);
            if (code == ValidationCode.VALID) {
                return result.payload();
            }
            if (attempt >= config.maxAttempts()) {
                throw new LedgerUnavailable(LedgerUnavailable.Cause.BUSY, function + " conflicted with concurrent transactions "
                        + attempt + " times (" + code + "); retry with the same requestId", null);
            }
        }
    }

    @Override
    public String evaluate(final LedgerIdentity signer, final String function, final String... arguments) {
        final SimulationResult result = simulate(proposals.create(signer,
                config.clock().instant().truncatedTo(ChronoUnit.MILLIS), function, arguments));
        if (!result.isSuccess()) {
            throw LedgerRefusal.fromMessage(result.message());
        }
        return result.payload();
    }

    /** Runs the contract on the state as of the last committed block, as a peer endorses. */
    private SimulationResult simulate(final TxProposal proposal) {
        final StateSnapshot snapshot = state.acquire();
        try {
            final SimulatedStub stub = new SimulatedStub(snapshot, proposal, CHAINCODE, config.network().regulatorMsp());
            return new SimulationResult(proposal.txId(), dispatcher.invoke(stub), stub.readWriteSet(),
                    stub.getEvent());
        } finally {
            snapshot.release();
        }
    }

    private ValidationCode await(final CompletableFuture<ValidationCode> outcome, final String function) {
        try {
            return outcome.get(config.commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailable("interrupted while " + function + " was being committed", e);
        } catch (TimeoutException e) {
            throw new LedgerUnavailable(function + " was not committed within " + config.commitTimeout()
                    + "; retry with the same requestId", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof LedgerUnavailable unavailable ? unavailable
                    : new LedgerUnavailable(function + " could not be committed", e.getCause());
        }
    }

    @Override
    public AutoCloseable listen(final long afterBlock, final Consumer<List<LedgerEvent>> perBlock) {
        final BlockDelivery delivery = new BlockDelivery(log, height, afterBlock, perBlock);
        deliveries.add(delivery);
        return () -> {
            deliveries.remove(delivery);
            delivery.close();
        };
    }

    @Override
    public OptionalLong lastEventBlockAtOpen() {
        return OptionalLong.of(lastEventBlockAtOpen);
    }

    /** Number of the last committed block, -1 while there is none. */
    public long height() {
        return height.get();
    }

    /**
     * Checks the whole chain and compares the world state with a replay of the log, while the
     * ledger keeps committing, except while the two states are compared: the state compared is the
     * last block committed once the walk of the log caught up. Takes about as long as reading the
     * whole log.
     */
    public VerifyReport verify() {
        return new LedgerVerifier(config.blocks()).verify(state, height.get());
    }

    /** Commits what is queued, stops event delivery, closes the files. */
    @Override
    public void close() {
        committer.close();
        deliveries.forEach(BlockDelivery::close);
        deliveries.clear();
        try {
            log.close();
        } catch (IOException e) {
            throw new LedgerUnavailable("closing the block log", e);
        } finally {
            state.close();
        }
    }
}
