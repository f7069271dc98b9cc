package cn.eldercare.timebank.readmodel.boundary;

import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.readmodel.control.ReadModelCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The regulator compares the read model with the ledger, every account (after a crash, for example). */
@Path("timebank/read-model/check")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReadModelCheckResource {

    @Inject
    ReadModelCheck check;

    @GET
    @Allow(Role.REGULATOR)
    public ReadModelCheck.Report check(@Context SecurityContext security) {
        return check.run(Callers.of(security).username());
    }
}
