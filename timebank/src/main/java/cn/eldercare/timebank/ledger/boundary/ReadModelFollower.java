package cn.eldercare.timebank.ledger.boundary;

import cn.eldercare.timebank.ledger.control.LedgerHolder;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Starts the read model following the ledger with the first request, when deployment has surely finished. */
@Provider
@PreMatching
public class ReadModelFollower implements ContainerRequestFilter {

    @Inject
    LedgerHolder holder;
    private volatile boolean started;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!started) {
            holder.follow();
            started = true;
        }
    }
}
