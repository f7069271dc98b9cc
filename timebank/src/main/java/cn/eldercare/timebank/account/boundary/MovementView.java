package cn.eldercare.timebank.account.boundary;

import cn.eldercare.timebank.readmodel.entity.MovementRow;

import java.time.OffsetDateTime;

/** One line of a statement; minutes are signed (+ in, − out). */
public record MovementView(OffsetDateTime at, String kind, long minutes, Long balanceAfter, String counterparty, String recordId,
                           String categoryCode, String txId) {

    static MovementView of(MovementRow m) {
        return new MovementView(m.getAt(), m.getKind(), m.getMinutes(), m.getBalanceAfter(), m.getCounterparty(), m.getRecordId(),
                m.getCategoryCode(), m.getTxId());
    }
}
