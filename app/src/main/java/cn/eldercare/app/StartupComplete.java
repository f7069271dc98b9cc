package cn.eldercare.app;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

import java.util.logging.Logger;

/** The last start-up step: every other one (schema, ledger, demo data) has run when this one does. */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "LedgerHolder", "DemoData", "DemoCertificates"})
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
