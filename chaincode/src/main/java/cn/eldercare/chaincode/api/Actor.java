package cn.eldercare.chaincode.api;

import java.util.Map;

import cn.eldercare.chaincode.state.Json;

/**
 * The person an organisation's client identity acts for, sent in the transient field
 * {@value #KEY} of every proposal: {@code {"role","user","memberId"?,"stationId"?}}. Transient
 * data is signed with the proposal but never written to the ledger.
 */
public record Actor(String role, String user, String memberId, String stationId) {

    public static final String KEY = "actor";

    /** The proposal's transient map naming this actor. */
    public Map<String, byte[]> asTransient() {
        return Map.of(KEY, Json.bytes(this));
    }
}
