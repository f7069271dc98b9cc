package cn.eldercare.timebank.ledger.control;

import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.testing.Beans;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;

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

    /** Applies each block in a transaction of its own, as the container does for the {@code @Transactional} applier. */
    private record InTransaction(EntityManager em, BlockApplier applier) implements LedgerFollower {

        @Override
        public void apply(List<LedgerEvent> block) {
            em.getTransaction().begin();
            applier.apply(block);
            em.getTransaction().commit();
            em.clear();
        }

        @Override
        public long checkpoint() {
            return applier.checkpoint();
        }

        @Override
        public void reset() {
            em.getTransaction().begin();
            applier.reset();
            em.getTransaction().commit();
            em.clear();
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
        String recordId = services.log(volunteer, null, "rec-000001", "MEAL", start, start.plusSeconds(25 * 60), "s1")
                .asJsonObject().getString("recordId");
        services.confirm(recipient, recordId, 5, null, "c1");
        f.caughtUp();

        EntityManager em = f.db.newEntityManager();
        BlockApplier applier = new BlockApplier();
        Beans.wire(em, applier);
        LedgerFollower follower = new InTransaction(em, applier);
        LedgerHolder holder = new LedgerHolder();
        holder.executor = mock(ManagedExecutorService.class, delegatesTo(threads));
        follower.reset();
        assertEquals(-1, follower.checkpoint());
        holder.factory = new LedgerFactory() {
            @Override
            public Ledger open() {
                return f.embedded;
            }

            @Override
            public Object verify(Ledger ledger) {
                throw new UnsupportedOperationException();
            }
        };
        holder.applier = follower;
        holder.signers = f.signers;
        holder.opened = Beans.events();
        holder.open();

        // this ledger was opened (by the fixture) before it had blocks, so it knows of none to wait for
        assertTrue(holder.readModelCaughtUp());
        awaitCheckpoint(follower);
        assertEquals(25, new EntityManagerReads(f.db.newEntityManager()).balance("vol-000001"));

        holder.rebuildReadModel();
        awaitCheckpoint(follower);
        assertEquals(25, new EntityManagerReads(f.db.newEntityManager()).balance("vol-000001"));
        em.close();
    }

    private void awaitCheckpoint(LedgerFollower follower) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (follower.checkpoint() < f.embedded.height() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(f.embedded.height(), follower.checkpoint());
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
