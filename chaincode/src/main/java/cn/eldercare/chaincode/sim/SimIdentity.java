package cn.eldercare.chaincode.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * A client identity of the simulated network: the MSP that enrolled it, its enrollment id (the
 * certificate's CN) and its Fabric-CA attributes such as {@code role} and {@code memberId}.
 */
public record SimIdentity(String mspId, String enrollmentId, Map<String, String> attributes) {

    public SimIdentity {
        attributes = Map.copyOf(new TreeMap<>(attributes));
    }

    /**
     * The creator bytes a peer would pass to chaincode: a SerializedIdentity holding a PEM
     * certificate, issued once per identity and cached, so the shim's ClientIdentity parses it as on a peer.
     */
    public byte[] creator() {
        return SimCertificates.serializedIdentity(this);
    }
}
