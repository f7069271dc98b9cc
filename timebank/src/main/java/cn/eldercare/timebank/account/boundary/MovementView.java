package cn.eldercare.timebank.account.boundary;

import cn.eldercare.timebank.account.control.TimeAccounts;
import cn.eldercare.timebank.readmodel.entity.MovementRow;

import java.time.OffsetDateTime;

/** One line of a statement; minutes are signed (+ in, − out); counterpartyName is null when the counterparty is no member known here. */
public record MovementView(OffsetDateTime at, String kind, long minutes, Long balanceAfter, String counterparty, String counterpartyName,
                           String recordId, String categoryCode, String txId) {

    static MovementView of(TimeAccounts.Line line) {
        MovementRow m = line.movement();
        return new MovementView(m.getAt(), m.getKind(), m.getMinutes(), m.getBalanceAfter(), m.getCounterparty(), line.counterpartyName(),
                m.getRecordId(), m.getCategoryCode(), m.getTxId());
    }
}
