package cn.eldercare.timebank.ledger.embedded;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import cn.eldercare.chaincode.sim.KeyOrder;
import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.ValidationCode;

/**
 * The canonical bytes of a block, which its hash covers: big-endian integers, strings and byte
 * arrays prefixed by their length (-1 for an absent one), strings in UTF-8, writes in key order,
 * creator attributes sorted by name. One encoding per block, so re-encoding never changes a hash.
 */
final class BlockCodec {

    static final int HASH_BYTES = 32;
    private static final int FORMAT = 1;

    private BlockCodec() {
    }

    /**
     * Sized for a typical block and grown by doubling: H2's {@code WriteBuffer}, used here before, grew by at
     * least 1 MB at a time, so every block beyond its first guess allocated a megabyte (a humongous object
     * for G1) under load.
     */
    static byte[] encode(final long number, final byte[] previousHash, final Instant timestamp,
            final List<BlockTx> transactions) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048 * Math.min(transactions.size(), 64) + 64);
        final DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeInt(FORMAT);
            out.writeLong(number);
            out.write(previousHash);
            putInstant(out, timestamp);
            out.writeInt(transactions.size());
            for (final BlockTx tx : transactions) {
                putString(out, tx.txId());
                putInstant(out, tx.timestamp());
                putString(out, tx.creator().mspId());
                putString(out, tx.creator().enrollmentId());
                final Map<String, String> attributes = new TreeMap<>(tx.creator().attributes());
                out.writeInt(attributes.size());
                for (final Map.Entry<String, String> attribute : attributes.entrySet()) {
                    putString(out, attribute.getKey());
                    putString(out, attribute.getValue());
                }
                putString(out, tx.function());
                putString(out, tx.code().name());
                out.writeInt(tx.writes().size());
                for (final Map.Entry<String, byte[]> write : tx.writes().entrySet()) {
                    putString(out, write.getKey());
                    putBytes(out, write.getValue());
                }
                putString(out, tx.eventName());
                putBytes(out, tx.eventPayload());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** SHA-256 over the previous block's hash and this block's canonical bytes. */
    static byte[] hash(final byte[] previousHash, final byte[] body) {
        try {
            final MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash);
            return sha256.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Decodes canonical bytes; {@code hash} is the hash stored beside them, checked by the caller. */
    static Block decode(final byte[] body, final byte[] hash) {
        final ByteBuffer in = ByteBuffer.wrap(body);
        try {
            if (in.getInt() != FORMAT) {
                throw new IllegalArgumentException("unknown block format");
            }
            final long number = in.getLong();
            final byte[] previousHash = new byte[HASH_BYTES];
            in.get(previousHash);
            final Instant timestamp = readInstant(in);
            final int count = in.getInt();
            final List<BlockTx> transactions = new ArrayList<>(Math.min(count, 4096));
            for (int i = 0; i < count; i++) {
                transactions.add(readTx(in));
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes after the last transaction");
            }
            return new Block(number, previousHash, timestamp, List.copyOf(transactions), hash);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("malformed block: " + e.getMessage(), e);
        }
    }

    private static BlockTx readTx(final ByteBuffer in) {
        final String txId = readString(in);
        final Instant timestamp = readInstant(in);
        final String mspId = readString(in);
        final String enrollmentId = readString(in);
        final Map<String, String> attributes = new TreeMap<>();
        for (int n = in.getInt(); n > 0; n--) {
            attributes.put(readString(in), readString(in));
        }
        final String function = readString(in);
        final ValidationCode code = ValidationCode.valueOf(readString(in));
        final SortedMap<String, byte[]> writes = new TreeMap<>(KeyOrder.INSTANCE);
        for (int n = in.getInt(); n > 0; n--) {
            writes.put(readString(in), readBytes(in));
        }
        return new BlockTx(txId, timestamp, new SimIdentity(mspId, enrollmentId, attributes), function, writes,
                code, readString(in), readBytes(in));
    }

    private static void putInstant(final DataOutputStream out, final Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(final ByteBuffer in) {
        return Instant.ofEpochSecond(in.getLong(), in.getInt());
    }

    private static void putString(final DataOutputStream out, final String text) throws IOException {
        putBytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(final ByteBuffer in) {
        final byte[] bytes = readBytes(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static void putBytes(final DataOutputStream out, final byte[] bytes) throws IOException {
        if (bytes == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static byte[] readBytes(final ByteBuffer in) {
        final int length = in.getInt();
        if (length < -1 || length > in.remaining()) {
            throw new IllegalArgumentException("length " + length + " beyond the block");
        }
        if (length == -1) {
            return null;
        }
        final byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }
}
