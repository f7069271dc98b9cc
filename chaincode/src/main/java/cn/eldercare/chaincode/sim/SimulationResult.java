package cn.eldercare.chaincode.sim;

import java.nio.charset.StandardCharsets;

import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.shim.Chaincode.Response;

/**
 * The endorsement of one proposal: the chaincode's response, its read-write set and the event it
 * set (null when none). Nothing has been committed yet.
 */
public record SimulationResult(String txId, Response response, ReadWriteSet readWriteSet, ChaincodeEvent event) {

    public boolean isSuccess() {
        return response.getStatus() == Response.Status.SUCCESS;
    }

    /** The response payload as UTF-8 text; empty when there is none. */
    public String payload() {
        final byte[] payload = response.getPayload();
        return payload == null ? "" : new String(payload, StandardCharsets.UTF_8);
    }

    /** The error message of a failed response, for example {@code "INSUFFICIENT_BALANCE: ..."}. */
    public String message() {
        return response.getMessage();
    }
}
