package cn.eldercare.timebank.ledger.fabric;

import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.mockito.ArgumentCaptor;

import com.google.protobuf.Any;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/** Settings and gateway errors as the tests need them. */
final class Fixtures {

    private Fixtures() {
    }

    /** Settings for a ledger on channel and chaincode "timebank" that never waits between retries; generous timeouts, since the first TLS connection of a loaded machine is slow. */
    static FabricSettings settings(final String endpoint, final Path tlsCert, final String hostAlias,
            final Path wallet, final int attempts) {
        return new FabricSettings(endpoint, tlsCert, hostAlias, "timebank", "timebank", wallet,
                "CivilAffairsMSP", attempts, Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(60),
                Duration.ofMillis(20));
    }

    static FabricSettings settings(final int attempts) {
        return settings("127.0.0.1:7051", Path.of("unused-ca.pem"), null, Path.of("unused-wallet"), attempts);
    }

    /**
     * A gRPC error as a peer's gateway sends it: a status with a description and, as rich status
     * details, one ErrorDetail per peer that answered.
     */
    static StatusRuntimeException gatewayError(final Status.Code code, final String description,
            final String... peerMessages) {
        final com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder()
                .setCode(code.value()).setMessage(description);
        for (final String message : peerMessages) {
            status.addDetails(Any.pack(ErrorDetail.newBuilder().setAddress("127.0.0.1:7051")
                    .setMspId("CivilAffairsMSP").setMessage(message).build()));
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }

    /** The transient {@code actor} a mocked proposal builder was given, as text. */
    @SuppressWarnings("unchecked")
    static String actorOf(final Proposal.Builder builder) {
        final ArgumentCaptor<Map<String, byte[]>> transientData = ArgumentCaptor.forClass(Map.class);
        verify(builder).putAllTransient(transientData.capture());
        return new String(transientData.getValue().get("actor"), StandardCharsets.UTF_8);
    }
}
