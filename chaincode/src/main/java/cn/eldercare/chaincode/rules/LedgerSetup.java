package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.DUPLICATE;
import static cn.eldercare.chaincode.error.ErrorCode.FORBIDDEN;
import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import java.util.List;

import cn.eldercare.chaincode.identity.Role;
import cn.eldercare.chaincode.model.LedgerConfig;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Rules;
import cn.eldercare.chaincode.state.Keys;

/** Initialisation and the regulator's rule changes. */
public final class LedgerSetup {

    private LedgerSetup() {
    }

    /**
     * The regulator initialises the ledger once, naming its own MSP: nobody else can claim the
     * regulator role afterwards, because the rules compare against the stored MSP id.
     */
    public static LedgerConfig init(final TimeBankContext ctx, final Requests.Init req) {
        final String regulatorMsp = Checks.text(req.regulatorMsp(), "regulatorMsp", 64);
        require(ctx.caller().hasRole(Role.REGULATOR) && ctx.caller().mspId().equals(regulatorMsp), FORBIDDEN,
                "only a regulator of %s may initialise the ledger", regulatorMsp);
        require(ctx.state().get(Keys.config(), LedgerConfig.class).isEmpty(), DUPLICATE,
                "the ledger is already initialised");
        final LedgerConfig config = new LedgerConfig(regulatorMsp, msps(req.stationMsps(), "stationMsps"),
                msps(req.memberMsps(), "memberMsps"), Rules.DEFAULTS.overriddenBy(req.rules()).validated());
        ctx.state().put(Keys.config(), config);
        Catalogue.seed(ctx);
        return config;
    }

    public static LedgerConfig setRules(final TimeBankContext ctx, final Requests.SetRules req) {
        Access.requireRegulator(ctx);
        final LedgerConfig config = ctx.config()
                .withRules(ctx.config().rules().overriddenBy(Checks.present(req.rules(), "rules")).validated());
        ctx.state().put(Keys.config(), config);
        return config;
    }

    private static List<String> msps(final List<String> values, final String field) {
        require(values != null && !values.isEmpty(), INVALID_ARGUMENT, "%s must name at least one MSP", field);
        values.forEach(v -> Checks.text(v, field, 64));
        return List.copyOf(values);
    }
}
