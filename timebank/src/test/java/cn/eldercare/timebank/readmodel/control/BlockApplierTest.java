package cn.eldercare.timebank.readmodel.control;

import cn.eldercare.testing.Beans;
import cn.eldercare.testing.TestDatabase;
import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import cn.eldercare.timebank.readmodel.entity.ServiceRow;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The read model takes each block once, whatever the ledger redelivers, and forgets everything on reset. */
class BlockApplierTest {

    private static TestDatabase db;
    private static EntityManager em;
    private static final BlockApplier applier = new BlockApplier();

    @BeforeAll
    static void start() {
        db = TestDatabase.create("timebank-test");
        em = db.newEntityManager();
        Beans.wire(em, applier);
    }

    @AfterAll
    static void stop() {
        em.close();
        db.close();
    }

    private static void apply(List<LedgerEvent> block) {
        em.getTransaction().begin();
        applier.apply(block);
        em.getTransaction().commit();
        em.clear();
    }

    private static LedgerEvent confirmed(long block, String txId, String recordId, long minutes, long balanceAfter) {
        String payload = "{\"function\":\"ConfirmService\",\"txId\":\"" + txId + "\",\"records\":[{\"recordId\":\"" + recordId
                + "\",\"volunteerId\":\"v1\",\"recipientId\":\"r1\",\"categoryCode\":\"MEAL\",\"start\":\"2026-12-01T08:00:00Z\","
                + "\"end\":\"2026-12-01T08:30:00Z\",\"status\":\"CONFIRMED\",\"rating\":5,\"servedMinutes\":" + minutes
                + ",\"creditedMinutes\":" + minutes + ",\"submittedBy\":\"v1\",\"decidedBy\":\"r1\",\"decidedAt\":\"2026-12-01T09:00:00Z\"}],"
                + "\"movements\":[{\"account\":\"v1\",\"txId\":\"" + txId + "\",\"seq\":0,\"at\":\"2026-12-01T09:00:00Z\",\"kind\":\"EARNED\","
                + "\"minutes\":" + minutes + ",\"balanceAfter\":" + balanceAfter + ",\"recordId\":\"" + recordId + "\",\"categoryCode\":\"MEAL\"},"
                + "{\"account\":\"v1\",\"txId\":\"" + txId + "\",\"seq\":1,\"at\":\"2026-12-01T09:00:00Z\",\"kind\":\"DONATED\",\"minutes\":-5,"
                + "\"counterparty\":\"@pool\"}]}";
        return new LedgerEvent(block, 0, txId, "timebank", payload);
    }

    @Test
    void aBlockIsAppliedOnceAndResetForgetsTheReadModel() {
        apply(List.of());
        assertEquals(-1, applier.checkpoint(), "an empty block moves nothing");

        apply(List.of(confirmed(3, "tx1", "rec1", 30, 30)));
        apply(List.of(confirmed(3, "tx1", "rec1", 30, 30)));
        apply(List.of(confirmed(2, "tx0", "rec0", 60, 60)));

        assertEquals(3, applier.checkpoint());
        AccountRow account = em.find(AccountRow.class, "v1");
        assertEquals(25, account.getBalance(), "balanceAfter of the earning, then 5 minutes donated without one");
        assertEquals(30, account.getDeposited());
        assertEquals(5, account.getWithdrawn());
        assertEquals(2L, em.createQuery("SELECT COUNT(m) FROM MovementRow m", Long.class).getSingleResult());
        ServiceRow record = em.find(ServiceRow.class, "rec1");
        assertEquals(30L, record.getServedMinutes());
        assertEquals(OffsetDateTime.of(2026, 12, 1, 8, 30, 0, 0, ZoneOffset.UTC), record.getEndsAt());
        assertNull(record.getExpiresAt());
        assertNull(em.find(ServiceRow.class, "rec0"), "a block at or below the checkpoint is skipped");

        apply(List.of(confirmed(4, "tx2", "rec1", 30, 55)));
        assertEquals(50, em.find(AccountRow.class, "v1").getBalance());
        assertEquals(1L, em.createQuery("SELECT COUNT(s) FROM ServiceRow s", Long.class).getSingleResult(), "a record is updated in place");

        em.getTransaction().begin();
        applier.reset();
        em.getTransaction().commit();
        em.clear();
        assertEquals(-1, applier.checkpoint());
        assertNull(em.find(AccountRow.class, "v1"));
        assertEquals(0L, em.createQuery("SELECT COUNT(m) FROM MovementRow m", Long.class).getSingleResult());
    }
}
