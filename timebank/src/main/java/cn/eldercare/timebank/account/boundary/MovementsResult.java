package cn.eldercare.timebank.account.boundary;

import cn.eldercare.chaincode.model.Results;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a redemption, gift, donation or fund issue moved. */
@Schema(description = "一笔兑换、赠与、捐赠或发放的时间变动 / The movements a redemption, gift, donation or issue made")
public record MovementsResult(@Schema(description = "各账户的变动及变动后余额 / Each account's change and balance after it")
                              List<LedgerMovement> movements) {

    public static MovementsResult of(Results.Movements moved) {
        return new MovementsResult(LedgerMovement.of(moved.movements()));
    }
}
