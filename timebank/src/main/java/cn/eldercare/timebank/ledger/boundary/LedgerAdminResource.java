package cn.eldercare.timebank.ledger.boundary;

import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.ledger.control.LedgerFactory;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

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

    @POST
    @Path("verify")
    @Allow(Role.REGULATOR)
    public Object verify() {
        return factory.verify(holder.get());
    }

    /** Starts the rebuild and answers at once; the read model refills from block 0 in the background. */
    @POST
    @Path("read-model/rebuild")
    @Allow(Role.REGULATOR)
    public Response rebuild(@Context SecurityContext security) throws Exception {
        LOG.info(() -> "read model rebuild requested by " + Callers.of(security).username());
        holder.rebuildReadModel();
        return Response.accepted().build();
    }
}
