package cn.eldercare.timebank.ledger.embedded;

import java.util.Arrays;

/**
 * One record of a log segment as read back: where it starts, its payload (a block's canonical
 * bytes followed by the block's hash) and how it read. A {@link Status#TORN} record is one the
 * file ends inside of: a write the process died in, or bytes lost later ({@link Tail}); {@link Status#BAD_CRC} is
 * a complete record whose bytes changed after they were written.
 */
record Frame(long offset, byte[] payload, Status status) {

    enum Status { OK, BAD_CRC, TORN }

    /** Length prefix, then payload, then the CRC-32 of the payload. */
    static final int OVERHEAD = Integer.BYTES + Integer.BYTES;

    byte[] body() {
        return Arrays.copyOf(payload, payload.length - BlockCodec.HASH_BYTES);
    }

    byte[] storedHash() {
        return Arrays.copyOfRange(payload, payload.length - BlockCodec.HASH_BYTES, payload.length);
    }

    Block decode() {
        return BlockCodec.decode(body(), storedHash());
    }
}
