package cn.eldercare.chaincode.identity;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.hyperledger.fabric.contract.ClientIdentity;

import cn.eldercare.chaincode.api.Actor;
import cn.eldercare.chaincode.error.ErrorCode;
import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.state.Json;

/**
 * Who acts in a transaction, as far as the rules care: the MSP that vouches for them, their id,
 * their role, and for members their member id, for station staff their station.
 *
 * <p>Two kinds of signer are understood. A personal certificate carrying the Fabric-CA attributes
 * {@code role}, {@code memberId} and {@code stationId} acts as itself. An organisation's server
 * signs with its organisation's client certificate and names the person it acts for in the
 * transient field {@code actor} ({@code {"role","user","memberId","stationId"}}): the organisation
 * has authenticated that person, so nobody needs a certificate of their own, and each
 * organisation's server needs only its own organisation's key. Either way the MSP id is checked
 * against the ledger's configuration by {@code Access}, so an organisation can only speak for the
 * roles the consortium gave it.
 *
 * @param id            the acting person: the certificate id of a personal certificate, or
 *                      {@code <mspId>/<user>} for a person named by their organisation's server
 * @param certificateId the signing certificate's id, which revocation also applies to
 */
public record Caller(String mspId, String id, String role, String memberId, String stationId,
        String certificateId) {

    public static final String ROLE = "role";
    public static final String MEMBER_ID = "memberId";
    public static final String STATION_ID = "stationId";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9@._:+=-]{1,64}");

    public static Caller of(final ClientIdentity identity, final Map<String, byte[]> transientData) {
        final String role = identity.getAttributeValue(ROLE);
        if (role != null) {
            return new Caller(identity.getMSPID(), identity.getId(), role, identity.getAttributeValue(MEMBER_ID),
                    identity.getAttributeValue(STATION_ID), identity.getId());
        }
        final byte[] actor = transientData == null ? null : transientData.get(Actor.KEY);
        if (actor == null) {
            return new Caller(identity.getMSPID(), identity.getId(), null, null, null, identity.getId());
        }
        return actor(identity, new String(actor, StandardCharsets.UTF_8));
    }

    private static Caller actor(final ClientIdentity identity, final String json) {
        final Actor actor;
        try {
            actor = Json.read(json, Actor.class);
        } catch (TimeBankException e) {
            throw new TimeBankException(ErrorCode.INVALID_ARGUMENT, "transient actor is not a JSON object");
        }
        final String role = name(actor.role(), ROLE, true);
        final String user = name(actor.user(), "user", true);
        return new Caller(identity.getMSPID(), identity.getMSPID() + "/" + user, role, name(actor.memberId(), MEMBER_ID, false),
                name(actor.stationId(), STATION_ID, false), identity.getId());
    }

    private static String name(final String value, final String field, final boolean required) {
        if (value == null) {
            if (required) {
                throw new TimeBankException(ErrorCode.INVALID_ARGUMENT, "transient actor needs " + field);
            }
            return null;
        }
        if (!NAME.matcher(value).matches()) {
            throw new TimeBankException(ErrorCode.INVALID_ARGUMENT, "transient actor's " + field + " is malformed");
        }
        return value;
    }

    public boolean hasRole(final Role expected) {
        return expected.attribute().equals(role);
    }

    /** Key under which this caller's request ids are kept apart from everyone else's. */
    public String requestScope() {
        return mspId + "|" + (memberId != null ? memberId : id);
    }
}
