package cn.eldercare.timebank.service.boundary;

import cn.eldercare.chaincode.model.Results;
import cn.eldercare.timebank.account.boundary.LedgerMovement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A confirmed service and the minutes it credited. */
@Schema(description = "已确认的服务及存入的时间 / A confirmed service and the minutes it credited")
public record ConfirmationView(
        @Schema(description = "确认后的记录 / The record, confirmed") ServiceRecordView record,
        @Schema(description = "存入志愿者账户的分钟数 / Minutes credited to the volunteer") long creditedMinutes,
        @Schema(description = "超出存储上限转入公益时间池的分钟数 / Minutes above the storage cap, to the pool") long toPoolMinutes,
        @Schema(description = "志愿者的新余额 / The volunteer's balance now") long balance,
        @Schema(description = "各账户的变动 / The movements") List<LedgerMovement> movements) {

    public static ConfirmationView of(Results.Confirmation c) {
        return new ConfirmationView(ServiceRecordView.of(c.record()), c.creditedMinutes(), c.toPoolMinutes(), c.balance(),
                LedgerMovement.of(c.movements()));
    }
}
