package cn.eldercare.timebank.readmodel.boundary;

import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.timebank.readmodel.control.ReadModelCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The regulator compares the read model with the ledger, every account (after a crash, for example). */
@Path("timebank/read-model/check")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReadModelCheckResource {

    @Inject
    ReadModelCheck check;

    @Operation(summary = "核对读模型与账本 / Check the read model",
            description = "监管部门核对数据库中的余额和服务记录副本是否与账本一致，列出差异。"
                    + "\n\nThe regulator compares the database's copy of balances and service records with the ledger and lists any "
                    + "difference.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @GET
    @RolesAllowed(Roles.REGULATOR)
    public ReadModelCheck.Report check(@Context SecurityContext security) {
        return check.run(Callers.of(security).username());
    }
}
