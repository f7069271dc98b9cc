package cn.eldercare.timebank.readmodel.control;

import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.ledger.control.LedgerFollower;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import cn.eldercare.timebank.readmodel.entity.Checkpoint;
import cn.eldercare.timebank.readmodel.entity.MovementRow;
import cn.eldercare.timebank.readmodel.entity.ServiceRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

import static cn.eldercare.timebank.readmodel.control.EventPayload.list;
import static cn.eldercare.timebank.readmodel.control.EventPayload.number;
import static cn.eldercare.timebank.readmodel.control.EventPayload.text;
import static cn.eldercare.timebank.readmodel.control.EventPayload.time;

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
            JsonObject payload = EventPayload.parse(event.payload());
            list(payload, "records").forEach(this::record);
            list(payload, "movements").forEach(this::movement);
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

    private void movement(JsonObject m) {
        String account = text(m, "account");
        long minutes = number(m, "minutes");
        Long after = number(m, "balanceAfter");
        em.persist(new MovementRow(account, text(m, "txId"), number(m, "seq").intValue(), time(m, "at"), text(m, "kind"),
                minutes, after, text(m, "counterparty"), text(m, "recordId"), text(m, "categoryCode")));
        AccountRow row = em.find(AccountRow.class, account);
        if (row == null) {
            row = new AccountRow(account);
            em.persist(row);
        }
        row.apply(minutes, after);
    }

    private void record(JsonObject r) {
        String id = text(r, "recordId");
        ServiceRow row = em.find(ServiceRow.class, id);
        if (row == null) {
            row = new ServiceRow(id);
            em.persist(row);
        }
        Long rating = number(r, "rating");
        row.update(text(r, "volunteerId"), text(r, "recipientId"), text(r, "categoryCode"), time(r, "start"), time(r, "end"),
                text(r, "status"), rating == null ? null : rating.intValue(), number(r, "servedMinutes"),
                number(r, "creditedMinutes"), text(r, "submittedBy"), text(r, "decidedBy"), time(r, "decidedAt"),
                time(r, "expiresAt"));
    }
}
