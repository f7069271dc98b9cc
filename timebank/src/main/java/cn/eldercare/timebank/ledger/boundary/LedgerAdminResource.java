package cn.eldercare.timebank.ledger.boundary;

import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.timebank.ledger.control.LedgerFactory;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.logging.Logger;

/** The regulator's ledger tools: verify the chain and state, rebuild the read model. */
@Path("timebank/ledger")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerAdminResource {

    @Inject
    LedgerHolder holder;
    @Inject
    LedgerFactory factory;
    private static final Logger LOG = Logger.getLogger(LedgerAdminResource.class.getName());

    @Operation(summary = "校验时间银行账本 / Verify the time-bank ledger",
            description = "监管部门校验内置账本的哈希链和世界状态是否与区块一致，返回是否完好及第一处不一致。"
                    + "\n\nThe regulator checks the embedded ledger's hash chain and that its world state matches the blocks; "
                    + "answers whether it is intact and, if not, the first discrepancy.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @POST
    @Path("verify")
    @RolesAllowed(Roles.REGULATOR)
    public Object verify() {
        return factory.verify(holder.get());
    }

    /** Starts the rebuild and answers at once; the read model refills from block 0 in the background. */
    @Operation(summary = "重建读模型 / Rebuild the read model",
            description = "监管部门从第 0 块重建数据库中的余额、明细和服务记录副本；立即返回 202，"
                    + "在后台完成。"
                    + "\n\nThe regulator rebuilds the database's copy of balances, statements and service records from block 0; "
                    + "answers 202 at once and finishes in the background.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("read-model/rebuild")
    @RolesAllowed(Roles.REGULATOR)
    public Response rebuild(@Context SecurityContext security) throws Exception {
        LOG.info(() -> "read model rebuild requested by " + Callers.of(security).username());
        holder.rebuildReadModel();
        return Response.accepted().build();
    }
}
