package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.chaincode.model.LedgerConfig;
import cn.eldercare.chaincode.model.Rules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The organisations of the time bank and the rules in force. */
@Schema(description = "时间银行的组织与现行规则 / The time bank's organisations and the rules in force")
public record LedgerConfigView(@Schema(description = "监管部门的组织（MSP）/ The regulator's organisation (MSP id)") String regulatorMsp,
                               @Schema(description = "服务站的组织 / The stations' organisations") List<String> stationMsps,
                               @Schema(description = "登记成员的组织 / The organisations that enrol members") List<String> memberMsps,
                               @Schema(description = "现行规则 / The rules") RulesView rules) {

    /** The rules; see the chaincode's README, "Rules". */
    @Schema(description = "时间银行规则 / Time-bank rules")
    public record RulesView(@Schema(description = "时间存储上限（分钟）/ Most minutes a member may hold") int storageCapMinutes,
                            @Schema(description = "兑换门槛：累计存入分钟 / Minutes deposited before redeeming") int redeemThresholdMinutes,
                            @Schema(description = "兑换受益人的最低年龄 / Minimum age of a redemption's beneficiary") int minRedeemAge,
                            @Schema(description = "志愿者的最低年龄 / Minimum age of a volunteer") int minVolunteerAge,
                            @Schema(description = "待确认的期限（小时）/ Hours a service may await confirmation") int pendingExpiryHours,
                            @Schema(description = "单次服务最长分钟数 / Longest single service in minutes") int maxServiceMinutes) {
    }

    static LedgerConfigView of(LedgerConfig c) {
        Rules r = c.rules();
        return new LedgerConfigView(c.regulatorMsp(), c.stationMsps(), c.memberMsps(), new RulesView(r.storageCapMinutes(),
                r.redeemThresholdMinutes(), r.minRedeemAge(), r.minVolunteerAge(), r.pendingExpiryHours(), r.maxServiceMinutes()));
    }
}
