package cn.eldercare.timebank.ledger.control;

import cn.eldercare.chaincode.api.Actor;

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

    /** The person the contract reads from the proposal's transient field {@code actor}. */
    public Actor actor() {
        return new Actor(role, user, memberId, stationId);
    }
}
