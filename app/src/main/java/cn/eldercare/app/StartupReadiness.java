package cn.eldercare.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once every start-up step has run ({@link StartupComplete}). Payara Micro reports the WAR deployed,
 * and would answer ready, before it runs the start-up singletons: the migrations, opening the ledger, the demo data.
 */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    private volatile boolean complete;

    void complete() {
        complete = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("start-up").status(complete).build();
    }
}
