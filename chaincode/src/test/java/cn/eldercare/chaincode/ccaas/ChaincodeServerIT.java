package cn.eldercare.chaincode.ccaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hyperledger.fabric.protos.peer.ChaincodeGrpc;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage;
import org.junit.jupiter.api.Test;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.stub.StreamObserver;

/**
 * Starts the ccaas jar as the ccaas external builder would have it run, connects as a peer
 * does (the peer is the gRPC client) and expects the chaincode's REGISTER message naming the
 * package id it was started with: the first step of the chaincode protocol.
 */
class ChaincodeServerIT {

    private static final String PACKAGE_ID = "timebank_1.0:0123456789abcdef";

    @Test
    void theJarListensAndRegistersWithAConnectingPeer() throws Exception {
        final int port = freePort();
        final ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("ccaas.jar"))
                .redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "timebank-ccaas-it.log"));
        builder.environment().put("CHAINCODE_SERVER_ADDRESS", "127.0.0.1:" + port);
        builder.environment().put("CORE_CHAINCODE_ID_NAME", PACKAGE_ID);
        final Process server = builder.start();
        try {
            awaitListening(port, server);
            final ChaincodeMessage first = firstMessageAsPeer(port);
            assertEquals(ChaincodeMessage.Type.REGISTER, first.getType());
            assertEquals(PACKAGE_ID, ChaincodeID.parseFrom(first.getPayload()).getName());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static ChaincodeMessage firstMessageAsPeer(final int port) throws InterruptedException {
        final ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        final BlockingQueue<ChaincodeMessage> received = new ArrayBlockingQueue<>(16);
        try {
            final StreamObserver<ChaincodeMessage> toChaincode = ChaincodeGrpc.newStub(channel)
                    .connect(new StreamObserver<>() {
                        @Override
                        public void onNext(final ChaincodeMessage message) {
                            received.offer(message);
                        }

                        @Override
                        public void onError(final Throwable t) {
                            // the assertion on the missing message reports it
                        }

                        @Override
                        public void onCompleted() {
                            // the peer side ends the stream in this test
                        }
                    });
            final ChaincodeMessage first = received.poll(30, TimeUnit.SECONDS);
            assertNotNull(first, "the chaincode sent nothing to the connecting peer");
            toChaincode.onCompleted();
            return first;
        } finally {
            channel.shutdownNow();
        }
    }

    private static void awaitListening(final int port, final Process server) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the chaincode process exited; see timebank-ccaas-it.log in java.io.tmpdir");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the chaincode did not listen on 127.0.0.1:" + port + " within 120 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
