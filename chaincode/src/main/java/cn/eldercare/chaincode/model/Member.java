package cn.eldercare.chaincode.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A pseudonymous participant. The ledger never holds a resident ID number: the service layer
 * derives {@code memberId} from it with a keyed hash. The birth date is kept for age rules.
 *
 * @param priority  why the member is a priority elder for the backstop fund, or null
 * @param stationId the member's home station, whose staff act for them; null for members registered
 *                  before stations were recorded, whom any station may serve
 */
public record Member(String memberId, LocalDate birthDate, String regionCode, boolean volunteer,
        boolean recipient, String priority, MemberStatus status, Instant registeredAt, String registeredBy,
        String stationId) {

    public Member asVolunteer() {
        return new Member(memberId, birthDate, regionCode, true, recipient, priority, status, registeredAt,
                registeredBy, stationId);
    }

    public Member asRecipient(final String newPriority) {
        return new Member(memberId, birthDate, regionCode, volunteer, true, newPriority, status, registeredAt,
                registeredBy, stationId);
    }

    public Member withStatus(final MemberStatus newStatus) {
        return new Member(memberId, birthDate, regionCode, volunteer, recipient, priority, newStatus,
                registeredAt, registeredBy, stationId);
    }

    /** A member registered before stations were recorded gets the station that registers them next. */
    public Member atStation(final String homeStation) {
        return stationId != null || homeStation == null ? this : new Member(memberId, birthDate, regionCode,
                volunteer, recipient, priority, status, registeredAt, registeredBy, homeStation);
    }
}
