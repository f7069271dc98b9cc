package cn.eldercare.timebank.ledger.boundary;

import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.LedgerOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the time-bank ledger is open and its read model shows every block committed before this
 * start: balances and statements are read from it, so until then they could lack services acknowledged
 * before a crash. The holder is not asked before it announces the ledger open: asking would wait for its
 * start-up, or start it on the probe's thread.
 */
@Readiness
@ApplicationScoped
public class ReadModelReadiness implements HealthCheck {

    @Inject
    LedgerHolder holder;
    private volatile boolean ledgerOpen;

    void opened(@Observes LedgerOpened event) {
        ledgerOpen = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("time-bank read model").status(ledgerOpen && holder.readModelCaughtUp())
                .withData("ledger", ledgerOpen ? "open" : "opening").build();
    }
}
