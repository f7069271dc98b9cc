package cn.eldercare.chaincode.model;

import java.util.List;

/**
 * Set once by InitLedger: which organisation regulates, whose stations may confirm services,
 * whose certificate authorities enrol members, and the current rules.
 */
public record LedgerConfig(String regulatorMsp, List<String> stationMsps, List<String> memberMsps, Rules rules) {

    public LedgerConfig withRules(final Rules newRules) {
        return new LedgerConfig(regulatorMsp, stationMsps, memberMsps, newRules);
    }
}
