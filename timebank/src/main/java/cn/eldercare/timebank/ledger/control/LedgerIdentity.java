package cn.eldercare.timebank.ledger.control;

import cn.eldercare.platform.json.Jsonp;
import jakarta.json.JsonObjectBuilder;

/**
 * Who acts in a ledger transaction: the organisation (MSP id) whose client identity signs, and the
 * person it acts for, as the contract reads them from the transient field {@code actor}: the user
 * name, the role ({@code volunteer | recipient | station | regulator}), the member id of a member
 * and the station of station staff.
 */
public record LedgerIdentity(String mspId, String user, String role, String memberId, String stationId) {

    public LedgerIdentity(String mspId, String user, String role, String memberId) {
        this(mspId, user, role, memberId, null);
    }

    /** The transient {@code actor} the contract reads: {@code {"role","user","memberId"?,"stationId"?}}. */
    public String actorJson() {
        JsonObjectBuilder actor = Jsonp.PROVIDER.createObjectBuilder().add("role", role).add("user", user);
        if (memberId != null) {
            actor.add("memberId", memberId);
        }
        if (stationId != null) {
            actor.add("stationId", stationId);
        }
        return actor.build().toString();
    }
}
