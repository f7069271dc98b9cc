package cn.eldercare.timebank.ledger.control;

import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.testing.Beans;
import cn.eldercare.testing.TestDatabase;
import cn.eldercare.timebank.readmodel.control.BlockApplier;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import cn.eldercare.timebank.service.control.Services;
import cn.eldercare.timebank.station.entity.Station;
import cn.eldercare.timebank.testing.TimeBankFixture;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The holder of a ledger that already has blocks: a second holder over it, with the read model reset, has it
 * catch up from the checkpoint on the container's executor, and rebuilds it from block 0 on demand.
 */
class LedgerHolderTest {

    @TempDir
    Path dir;

    private TimeBankFixture f;
    private final ExecutorService threads = Executors.newSingleThreadExecutor();

    @AfterEach
    void tearDown() throws Exception {
        threads.shutdownNow();
        f.close();
    }

    /**
     * Applies each block in a transaction of its own, with a persistence context of its own, as the container does
     * for the {@code @Transactional} applier: the holder calls it from the ledger's executor and from the caller's thread.
     */
    private record InTransaction(TestDatabase db) implements LedgerFollower {

        private <T> T inTransaction(Function<BlockApplier, T> work) {
            EntityManager em = db.newEntityManager();
            try {
                BlockApplier applier = new BlockApplier();
                Beans.wire(em, applier);
                em.getTransaction().begin();
                T result = work.apply(applier);
                em.getTransaction().commit();
                return result;
            } finally {
                em.close();
            }
        }

        @Override
        public void apply(List<LedgerEvent> block) {
            inTransaction(applier -> {
                applier.apply(block);
                return null;
            });
        }

        @Override
        public long checkpoint() {
            return inTransaction(BlockApplier::checkpoint);
        }

        @Override
        public void reset() {
            inTransaction(applier -> {
                applier.reset();
                return null;
            });
        }
    }

    @Test
    void aSecondReadModelCatchesUpAndRebuildsFromTheLedger() throws Exception {
        f = new TimeBankFixture(dir);
        Station station = f.station("金水区服务站");
        Caller volunteer = f.member(station, "vol-000001", Role.VOLUNTEER);
        Caller recipient = f.member(station, "rec-000001", Role.RECIPIENT);
        Services services = f.wire(new Services());
        Instant start = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String recordId = services.log(volunteer, null, "rec-000001", "MEAL", start, start.plusSeconds(25 * 60), "s1").recordId();
        services.confirm(recipient, recordId, 5, null, "c1");
        f.caughtUp();

        LedgerFollower follower = new InTransaction(f.db);
        follower.reset();
        assertEquals(-1, follower.checkpoint());
        LedgerHolder holder = holder(follower);

        // this ledger was opened (by the fixture) before it had blocks, so it knows of none to wait for
        assertTrue(holder.readModelCaughtUp());
        awaitCheckpoint(follower);
        assertEquals(25, new EntityManagerReads(f.db.newEntityManager()).balance("vol-000001"));

        holder.rebuildReadModel();
        awaitCheckpoint(follower);
        assertEquals(25, new EntityManagerReads(f.db.newEntityManager()).balance("vol-000001"));
    }

    private LedgerHolder holder(LedgerFollower follower) {
        LedgerHolder holder = new LedgerHolder();
        holder.executor = mock(ManagedExecutorService.class, delegatesTo(threads));
        holder.factory = mock(LedgerFactory.class);
        when(holder.factory.open()).thenReturn(f.embedded);
        holder.applier = follower;
        holder.signers = f.signers;
        holder.opened = Beans.events();
        holder.contexts = OpenedLedger.withoutContainer();
        holder.open();
        return holder;
    }

    @Test
    void aBlockTheReadModelCannotTakeIsRetriedUntilItIsApplied() throws Exception {
        f = new TimeBankFixture(dir);
        Station station = f.station("金水区服务站");
        Caller volunteer = f.member(station, "vol-000001", Role.VOLUNTEER);
        f.member(station, "rec-000001", Role.RECIPIENT);
        Instant start = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        f.wire(new Services()).log(volunteer, null, "rec-000001", "MEAL", start, start.plusSeconds(25 * 60), "s1");
        f.caughtUp();
        List<Long> attempts = new CopyOnWriteArrayList<>();
        AtomicLong checkpoint = new AtomicLong(-1);
        LedgerFollower flaky = new LedgerFollower() {
            @Override
            public void apply(List<LedgerEvent> block) {
                attempts.add(block.get(0).blockNumber());
                if (attempts.size() == 1) {
                    throw new IllegalStateException("database connection lost");
                }
                checkpoint.set(block.get(0).blockNumber());
            }

            @Override
            public long checkpoint() {
                return checkpoint.get();
            }

            @Override
            public void reset() {
                checkpoint.set(-1);
            }
        };

        holder(flaky).follow();

        long deadline = System.currentTimeMillis() + 10_000;
        while (checkpoint.get() < f.embedded.height() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(f.embedded.height(), checkpoint.get(), () -> "attempts " + attempts);
        assertEquals(attempts.get(0), attempts.get(1), "the failed block is retried before any later one");
    }

    private void awaitCheckpoint(LedgerFollower follower) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (follower.checkpoint() < f.embedded.height() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(f.embedded.height(), follower.checkpoint(), () -> "ledger at " + f.embedded.height());
    }

    private record EntityManagerReads(EntityManager em) {
        long balance(String memberId) {
            try {
                AccountRow row = em.find(AccountRow.class, memberId);
                assertFalse(row == null, "no account row for " + memberId);
                return row.getBalance();
            } finally {
                em.close();
            }
        }
    }
}
