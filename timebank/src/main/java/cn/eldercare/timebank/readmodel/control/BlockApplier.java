package cn.eldercare.timebank.readmodel.control;

import cn.eldercare.chaincode.api.TimeBankEvent;
import cn.eldercare.chaincode.model.Movement;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.ledger.control.LedgerFollower;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import cn.eldercare.timebank.readmodel.entity.Checkpoint;
import cn.eldercare.timebank.readmodel.entity.MovementRow;
import cn.eldercare.timebank.readmodel.entity.ServiceRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Applies one ledger block's events to the read model in one database transaction, together with
 * the checkpoint, so a block is applied exactly once however often it is delivered.
 */
@ApplicationScoped
public class BlockApplier implements LedgerFollower {

    static final String CHECKPOINT = "timebank";

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional
    public void apply(List<LedgerEvent> block) {
        if (block.isEmpty()) {
            return;
        }
        Checkpoint checkpoint = em.find(Checkpoint.class, CHECKPOINT, LockModeType.PESSIMISTIC_WRITE);
        if (checkpoint == null) {
            checkpoint = new Checkpoint(CHECKPOINT, -1);
            em.persist(checkpoint);
        }
        long number = block.get(0).blockNumber();
        if (number <= checkpoint.getBlockNumber()) {
            return;
        }
        for (LedgerEvent event : block) {
            TimeBankEvent payload = TimeBankEvent.read(event.payload());
            payload.records().forEach(this::record);
            payload.movements().forEach(this::movement);
        }
        checkpoint.advance(number);
    }

    @Override
    @Transactional
    public long checkpoint() {
        Checkpoint c = em.find(Checkpoint.class, CHECKPOINT);
        return c == null ? -1 : c.getBlockNumber();
    }

    /** Forgets the read model, so the next delivery from block 0 rebuilds it from the ledger. */
    @Override
    @Transactional
    public void reset() {
        em.createQuery("DELETE FROM MovementRow").executeUpdate();
        em.createQuery("DELETE FROM AccountRow").executeUpdate();
        em.createQuery("DELETE FROM ServiceRow").executeUpdate();
        em.createQuery("DELETE FROM Checkpoint").executeUpdate();
    }

    private void movement(Movement m) {
        em.persist(new MovementRow(m.account(), m.txId(), m.seq(), utc(m.at()), m.kind().name(), m.minutes(), m.balanceAfter(),
                m.counterparty(), m.recordId(), m.categoryCode()));
        AccountRow row = em.find(AccountRow.class, m.account());
        if (row == null) {
            row = new AccountRow(m.account());
            em.persist(row);
        }
        row.apply(m.minutes(), m.balanceAfter());
    }

    private void record(ServiceRecord r) {
        ServiceRow row = em.find(ServiceRow.class, r.recordId());
        if (row == null) {
            row = new ServiceRow(r.recordId());
            em.persist(row);
        }
        row.update(r.volunteerId(), r.recipientId(), r.categoryCode(), utc(r.start()), utc(r.end()), r.status().name(), r.rating(),
                r.servedMinutes(), r.creditedMinutes(), r.submittedBy(), r.decidedBy(), utc(r.decidedAt()), utc(r.expiresAt()));
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
