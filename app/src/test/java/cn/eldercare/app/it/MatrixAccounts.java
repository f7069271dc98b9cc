package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Account fixtures of the authorization matrix: whose account each caller acts on, as "own organisation"
 * (base staff: their base's assessor; station staff: a member of their station) or "another organisation",
 * and the restoring of the demo accounts afterwards, so that no other row or test meets a deactivated
 * account or a dead token.
 */
final class MatrixAccounts {

    private static final String REGULATOR = "regulator";

    private MatrixAccounts() {
    }

    /** The account a caller acts on: a demo assessor by username, or a fresh member account. */
    record Target(String username, long id) {
    }

    static Target ownOrganisationOf(AuthorizationMatrixIT.Who who) {
        return switch (who) {
            case OWN_BASE_STAFF -> demo("zz-assessor");
            case OTHER_BASE_STAFF -> demo("xc-assessor");
            case OTHER_STATION -> member(MatrixTimeBank.STATION2);
            default -> member(MatrixTimeBank.STATION);
        };
    }

    static Target otherOrganisationOf(AuthorizationMatrixIT.Who who) {
        return switch (who) {
            case OWN_BASE_STAFF -> demo("xc-assessor");
            case OTHER_BASE_STAFF -> demo("zz-assessor");
            case STATION -> member(MatrixTimeBank.STATION2);
            default -> member(MatrixTimeBank.STATION);
        };
    }

    private static Target demo(String username) {
        return new Target(username, AccountSecurityIT.idOf(Api.token(username)));
    }

    /** A new member with an account, registered by the given station. */
    private static Target member(String station) {
        String username = "mxa" + System.nanoTime() % 1_000_000_000L;
        Api.Reply r = Api.post(station, "/api/timebank/members",
                MatrixTimeBank.person("矩阵账户", LocalDate.of(1962, 2, 2), true, false, null, username));
        assertEquals(201, r.status(), r::toString);
        return new Target(username, AccountSecurityIT.idOf(AccountSecurityIT.tokenOf(username)));
    }

    /** The call on the target, then the target active again with its tokens fetched afresh. */
    static Api.Reply restoring(Target target, Supplier<Api.Reply> call) {
        try {
            return call.get();
        } finally {
            Api.Reply back = Api.post(REGULATOR, "/api/accounts/" + target.id() + "/reactivate", AccountSecurityIT.reason("矩阵测试复原"));
            assertEquals(200, back.status(), back::toString);
            Api.forget(target.username());
        }
    }

    /** The target deactivated by the regulator, ready to be reactivated. */
    static Target deactivated(Target target) {
        Api.Reply off = Api.post(REGULATOR, "/api/accounts/" + target.id() + "/deactivate", AccountSecurityIT.reason("矩阵测试停用"));
        assertEquals(200, off.status(), off::toString);
        return target;
    }

    static Api.Reply post(String user, long account, String action) {
        return Api.post(user, "/api/accounts/" + account + "/" + action, AccountSecurityIT.reason("矩阵测试"));
    }

    /** A fresh application to the 金水 station, as its pending member id. */
    static String application() {
        String name = "矩阵申请" + System.nanoTime() % 100_000_000;
        JsonObject body = Json.createObjectBuilder(AccountSecurityIT.application(World.idNumberBornOn(LocalDate.of(1965, 8, 8)),
                "mxp" + System.nanoTime() % 1_000_000_000L)).add("name", name).build();
        Api.Reply r = AccountSecurityIT.from(AccountSecurityIT.address(), null, "POST", "/api/timebank/join?stationId=" + MatrixTimeBank.stationId, body);
        assertEquals(202, r.status(), r::toString);
        return AccountSecurityIT.pendingMemberNamed(name);
    }

    /** Signs in afresh and signs that session out, leaving the caller's other tokens alone. */
    static Api.Reply logout(String user) {
        String token = user == null ? null : AccountSecurityIT.tokenOf(user);
        return AccountSecurityIT.from(AccountSecurityIT.address(), token, "POST", "/api/auth/logout", null);
    }
}
