package cn.eldercare.app;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

import java.util.logging.Logger;

/**
 * The last start-up step: every other one has run when this one does. Demo certificates depend on the demo
 * data, which depends on the ledger and the schema; naming them all here, Payara takes the shared ones for a cycle.
 */
@Startup
@Singleton
@DependsOn("DemoCertificates")
public class StartupComplete {

    private static final Logger LOG = Logger.getLogger(StartupComplete.class.getName());

    @Inject
    @Readiness
    StartupReadiness readiness;

    @PostConstruct
    void complete() {
        readiness.complete();
        LOG.info("start-up complete");
    }
}
