package cn.eldercare.timebank.ledger.fabric;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.EndorseRequest;
import org.hyperledger.fabric.protos.gateway.EndorseResponse;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.orderer.SeekInfo;
import org.hyperledger.fabric.protos.peer.DeliverGrpc;
import org.hyperledger.fabric.protos.peer.DeliverResponse;

import io.grpc.Grpc;
import io.grpc.Server;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsServerCredentials;
import io.grpc.stub.StreamObserver;

/**
 * A peer as far as FabricLedger can tell, on a loopback port with TLS: the gateway service answers
 * evaluations and endorsements as the test says, and the deliver service streams the test's blocks
 * from the requested one on, then keeps the stream open like a peer waiting for the next block.
 */
final class FakePeer implements AutoCloseable {

    volatile Function<EvaluateRequest, EvaluateResponse> evaluate;
    volatile Function<EndorseRequest, EndorseResponse> endorse;
    final List<Block> blocks = new CopyOnWriteArrayList<>();
    final List<Long> seeks = new CopyOnWriteArrayList<>();
    private final List<StreamObserver<DeliverResponse>> streams = new CopyOnWriteArrayList<>();
    private final Server server;

    FakePeer(final Path certChain, final Path key) throws Exception {
        server = Grpc.newServerBuilderForPort(0, TlsServerCredentials.create(certChain.toFile(), key.toFile()))
                .addService(new Gateway()).addService(new Deliver()).build().start();
    }

    String endpoint() {
        return "127.0.0.1:" + server.getPort();
    }

    /** Ends every open block stream with an error, as a peer that restarted would. */
    void breakStreams(final io.grpc.Status status) {
        streams.forEach(stream -> stream.onError(status.asRuntimeException()));
        streams.clear();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private final class Gateway extends GatewayGrpc.GatewayImplBase {

        @Override
        public void evaluate(final EvaluateRequest request, final StreamObserver<EvaluateResponse> response) {
            answer(() -> evaluate.apply(request), response);
        }

        @Override
        public void endorse(final EndorseRequest request, final StreamObserver<EndorseResponse> response) {
            answer(() -> endorse.apply(request), response);
        }

        private <T> void answer(final java.util.function.Supplier<T> answer, final StreamObserver<T> response) {
            try {
                response.onNext(answer.get());
                response.onCompleted();
            } catch (StatusRuntimeException e) {
                response.onError(e);
            }
        }
    }

    private final class Deliver extends DeliverGrpc.DeliverImplBase {

        @Override
        public StreamObserver<Envelope> deliver(final StreamObserver<DeliverResponse> response) {
            return new StreamObserver<>() {
                @Override
                public void onNext(final Envelope request) {
                    try {
                        final long start = SeekInfo.parseFrom(Payload.parseFrom(request.getPayload()).getData())
                                .getStart().getSpecified().getNumber();
                        seeks.add(start);
                        blocks.stream().filter(b -> b.getHeader().getNumber() >= start)
                                .forEach(b -> response.onNext(DeliverResponse.newBuilder().setBlock(b).build()));
                        streams.add(response);
                    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                        response.onError(io.grpc.Status.INVALID_ARGUMENT.asRuntimeException());
                    }
                }

                @Override
                public void onError(final Throwable t) {
                    streams.remove(response);
                }

                @Override
                public void onCompleted() {
                    streams.remove(response);
                }
            };
        }
    }
}
