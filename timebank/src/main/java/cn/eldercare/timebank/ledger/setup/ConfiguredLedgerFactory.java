package cn.eldercare.timebank.ledger.setup;

import cn.eldercare.platform.config.Secrets;
import cn.eldercare.timebank.ledger.control.Ledger;
import cn.eldercare.timebank.ledger.control.LedgerFactory;
import cn.eldercare.timebank.ledger.control.Signers;
import cn.eldercare.timebank.ledger.embedded.EmbeddedLedger;
import cn.eldercare.timebank.ledger.embedded.EmbeddedLedgerConfig;
import cn.eldercare.timebank.ledger.fabric.FabricLedger;
import cn.eldercare.timebank.ledger.fabric.FabricSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Map;

/**
 * Chooses the ledger by configuration: {@code LEDGER=embedded} (the default, under DATA_DIR/ledger) or {@code fabric}.
 * In a package of its own, as the one place that knows every implementation.
 */
@ApplicationScoped
public class ConfiguredLedgerFactory implements LedgerFactory {

    @Inject
    Config config;
    @Inject
    Secrets secrets;
    @Inject
    Signers signers;

    @Override
    public Ledger open() {
        if (fabric()) {
            return new FabricLedger(FabricSettings.fromConfig(config))
                    .requireIdentities(List.of(signers.regulatorMsp(), signers.stationMsp(), signers.memberMsp()));
        }
        return EmbeddedLedger.open(EmbeddedLedgerConfig.in(secrets.dataDir().resolve("ledger")));
    }

    /** Verifies the embedded ledger's chain and state; on Fabric the peers validate every block themselves. */
    @Override
    public Object verify(Ledger ledger) {
        if (ledger instanceof EmbeddedLedger embedded) {
            return embedded.verify();
        }
        return Map.of("ledger", "fabric", "verifiedBy", "the Fabric peers, which validate every block and its endorsements");
    }

    private boolean fabric() {
        return "fabric".equalsIgnoreCase(config.getOptionalValue("ledger", String.class).orElse("embedded"));
    }
}
