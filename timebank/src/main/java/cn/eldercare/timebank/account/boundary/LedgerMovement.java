package cn.eldercare.timebank.account.boundary;

import cn.eldercare.chaincode.model.Movement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One change of one account's minutes, as the ledger made it in a transaction. */
@Schema(description = "账本记下的一笔时间变动 / One change of an account's minutes as the ledger made it")
public record LedgerMovement(
        @Schema(description = "账本交易号 / Ledger transaction id") String txId,
        @Schema(description = "交易内序号 / Position within the transaction") int seq,
        @Schema(description = "时间 / When") Instant at,
        @Schema(description = "账户（成员号；公益时间池为 @pool）/ Account: a member id, @pool for the donation pool") String account,
        @Schema(description = "EARNED, OVERFLOW, ISSUED, REDEEMED, GIFT_OUT, GIFT_IN, DONATED, GRANTED") String kind,
        @Schema(description = "分钟，存入为正、支出为负 / Minutes, + in, − out") long minutes,
        @Schema(description = "变动后余额；时间池无 / Balance after it; none for the pool") Long balanceAfter,
        @Schema(description = "对方 / The other party") String counterparty,
        @Schema(description = "服务记录号 / Service record") String recordId,
        @Schema(description = "服务类别 / Service category") String categoryCode,
        @Schema(description = "说明 / Note") String note) {

    public static LedgerMovement of(Movement m) {
        return new LedgerMovement(m.txId(), m.seq(), m.at(), m.account(), m.kind().name(), m.minutes(), m.balanceAfter(),
                m.counterparty(), m.recordId(), m.categoryCode(), m.note());
    }

    public static List<LedgerMovement> of(List<Movement> movements) {
        return movements.stream().map(LedgerMovement::of).toList();
    }
}
