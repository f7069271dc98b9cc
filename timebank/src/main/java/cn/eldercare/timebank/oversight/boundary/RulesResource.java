package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.FieldMessage;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.RequestIds;
import cn.eldercare.timebank.ledger.control.Signers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.stream.Stream;

/** The time-bank rules kept on the ledger (storage cap, redemption threshold, ages); the regulator sets them. */
@Path("timebank/rules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RulesResource {

    /** Absent values keep their current setting; a change that sets none would be a silent no-op, so it is refused. */
    public record Rules(@Min(60) @Max(10_000_000) Long storageCapMinutes, @Min(0) @Max(10_000_000) Long redeemThresholdMinutes,
                        @Min(18) @Max(100) Integer minRedeemAge, @Size(max = 64) String requestId) {

        private static final Text ONE_REQUIRED = Text.of("至少填写一项规则", "give at least one rule to change");

        void requireSome() {
            if (storageCapMinutes == null && redeemThresholdMinutes == null && minRedeemAge == null) {
                throw DomainException.invalid(Stream.of("storageCapMinutes", "redeemThresholdMinutes", "minRedeemAge")
                        .map(field -> new FieldMessage(field, ONE_REQUIRED)).toList());
            }
        }
    }

    @Inject
    LedgerHolder ledger;
    @Inject
    Signers signers;

    @Operation(summary = "时间银行规则 / Time-bank rules",
            description = "当前的规则：时间存储上限、兑换门槛、兑换和做志愿者的最低年龄、服务待确认的期限和单次服务的最长时长。"
                    + "\n\nThe rules in force: the storage cap, the redemption threshold, the minimum ages to redeem and to "
                    + "volunteer, how long a service may await confirmation and the longest single service.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @GET
    @RolesAllowed(Roles.SIGNED_IN)
    public LedgerConfigView current() {
        return LedgerConfigView.of(ledger.get().evaluate(signers.regulator("rules-reader"), Transactions.GET_CONFIG));
    }

    @Operation(summary = "修改时间银行规则 / Change the rules",
            description = "监管部门修改时间银行规则（至少一项），写入账本，即时生效。"
                    + "\n\nThe regulator changes one or more time-bank rules; written to the ledger, in force at once.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @PUT
    @RolesAllowed(Roles.REGULATOR)
    public LedgerConfigView change(@NotNull @Valid Rules in, @Context SecurityContext security) {
        in.requireSome();
        var rules = new cn.eldercare.chaincode.model.Rules(toInt(in.storageCapMinutes()), toInt(in.redeemThresholdMinutes()),
                in.minRedeemAge(), null, null, null);
        return LedgerConfigView.of(ledger.get().submit(signers.regulator(Callers.of(security).username()), Transactions.SET_RULES,
                new Requests.SetRules(RequestIds.orNew(in.requestId()), rules)));
    }

    /** At most 10,000,000 once validated: fits. */
    private static Integer toInt(Long minutes) {
        return minutes == null ? null : Math.toIntExact(minutes);
    }
}
