package cn.eldercare.chaincode.identity;

import org.hyperledger.fabric.contract.ClientIdentity;

/**
 * Who submitted the transaction, as far as the rules care: the MSP that enrolled them, their
 * unique certificate id, and the Fabric-CA attributes {@code role} and {@code memberId}.
 */
public record Caller(String mspId, String id, String role, String memberId) {

    public static final String ROLE = "role";
    public static final String MEMBER_ID = "memberId";

    public static Caller of(final ClientIdentity identity) {
        return new Caller(identity.getMSPID(), identity.getId(),
                identity.getAttributeValue(ROLE), identity.getAttributeValue(MEMBER_ID));
    }

    public boolean hasRole(final Role expected) {
        return expected.attribute().equals(role);
    }

    /** Key under which this caller's request ids are kept apart from everyone else's. */
    public String requestScope() {
        return mspId + "|" + (memberId != null ? memberId : id);
    }
}
