package cn.eldercare.timebank.ledger.embedded;

import java.util.List;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.model.LedgerConfig;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.timebank.ledger.control.Ledger;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;

/**
 * The organisations of the embedded network, one local MSP per role, as InitLedger records them:
 * the regulator's (also the MSP of the one "peer", the server itself), the stations' and the
 * members'. The contract checks a caller's MSP id against these, so the service layer signs
 * regulators, station staff and members with them ({@link LedgerIdentity#mspId()}).
 */
public record EmbeddedNetwork(String channel, String regulatorMsp, List<String> stationMsps, List<String> memberMsps) {

    public static final EmbeddedNetwork DEFAULT =
            new EmbeddedNetwork("eldercare", "RegulatorMSP", List.of("StationMSP"), List.of("MemberMSP"));

    /** Who runs InitLedger on a fresh ledger. */
    private static final String BOOTSTRAP_USER = "ledger-bootstrap";

    public EmbeddedNetwork {
        stationMsps = List.copyOf(stationMsps);
        memberMsps = List.copyOf(memberMsps);
    }

    /**
     * Runs {@code admin:InitLedger} (default rules) as a regulator of {@link #regulatorMsp} unless the
     * ledger is initialised already; returns the configuration either way. Safe on every start.
     */
    public LedgerConfig bootstrap(final Ledger ledger) {
        final LedgerIdentity regulator = new LedgerIdentity(regulatorMsp, BOOTSTRAP_USER, "regulator", null);
        try {
            return ledger.evaluate(regulator, Transactions.GET_CONFIG);
        } catch (LedgerRefusal refusal) {
            if (!"NOT_INITIALISED".equals(refusal.code())) {
                throw refusal;
            }
        }
        return ledger.submit(regulator, Transactions.INIT_LEDGER,
                new Requests.Init("bootstrap-init-ledger", regulatorMsp, stationMsps, memberMsps, null));
    }
}
