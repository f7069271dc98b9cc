package cn.eldercare.timebank.ledger.control;

import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which ledger identity acts for a signed-in user: the regulator's, the stations' or the members'
 * organisation signs, naming the person (members by their pseudonymous member id, staff by user
 * name and station), as the contract expects.
 */
@ApplicationScoped
public class Signers {

    @Inject
    @ConfigProperty(name = "timebank.msp.regulator", defaultValue = "RegulatorMSP")
    String regulatorMsp;
    @Inject
    @ConfigProperty(name = "timebank.msp.station", defaultValue = "StationMSP")
    String stationMsp;
    @Inject
    @ConfigProperty(name = "timebank.msp.member", defaultValue = "MemberMSP")
    String memberMsp;

    public LedgerIdentity regulator(String who) {
        return new LedgerIdentity(regulatorMsp, who, "regulator", null);
    }

    /** Station staff act for their own station's members only: the contract checks the station too. */
    public LedgerIdentity station(String who, long stationId) {
        return new LedgerIdentity(stationMsp, who, "station", null, Long.toString(stationId));
    }

    public LedgerIdentity volunteer(String memberId) {
        return new LedgerIdentity(memberMsp, memberId, "volunteer", memberId);
    }

    public LedgerIdentity recipient(String memberId) {
        return new LedgerIdentity(memberMsp, memberId, "recipient", memberId);
    }

    /** A member signing for themself: as a recipient when they signed in as one, else as a volunteer. */
    public LedgerIdentity member(Caller caller, String memberId) {
        return caller.is(Role.RECIPIENT) ? recipient(memberId) : volunteer(memberId);
    }

    public String regulatorMsp() { return regulatorMsp; }
    public String stationMsp() { return stationMsp; }
    public String memberMsp() { return memberMsp; }
}
