package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * Reads the framed records of one segment file in order. A record is only read whole: one the
 * file ends inside of comes back {@link Frame.Status#TORN} (with no payload), and nothing after it.
 */
final class SegmentReader implements AutoCloseable {

    /** No block comes near this; a longer length prefix is damage, not a block. */
    static final int MAX_PAYLOAD = 1 << 30;

    private final FileChannel channel;
    private final ByteBuffer header = ByteBuffer.allocate(Integer.BYTES);
    private long position;
    private boolean torn;

    SegmentReader(final Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    /** The next record, or null at the end of the file (or after a torn one). */
    Frame next() throws IOException {
        final long size = channel.size();
        if (torn || position == size) {
            return null;
        }
        final long start = position;
        if (size - start < Integer.BYTES) {
            return torn(start);
        }
        header.clear();
        readFully(header, start);
        final int length = header.getInt(0);
        if (length < BlockCodec.HASH_BYTES || length > MAX_PAYLOAD) {
            position = size;
            return new Frame(start, new byte[0], Frame.Status.BAD_CRC);
        }
        if (size - start < (long) length + Frame.OVERHEAD) {
            return torn(start);
        }
        final ByteBuffer record = ByteBuffer.allocate(length + Integer.BYTES);
        readFully(record, start + Integer.BYTES);
        final byte[] payload = new byte[length];
        record.get(0, payload);
        final CRC32 crc = new CRC32();
        crc.update(payload);
        position = start + length + Frame.OVERHEAD;
        final boolean intact = (int) crc.getValue() == record.getInt(length);
        return new Frame(start, payload, intact ? Frame.Status.OK : Frame.Status.BAD_CRC);
    }

    private Frame torn(final long start) {
        torn = true;
        return new Frame(start, new byte[0], Frame.Status.TORN);
    }

    private void readFully(final ByteBuffer buffer, final long at) throws IOException {
        long offset = at;
        while (buffer.hasRemaining()) {
            final int read = channel.read(buffer, offset);
            if (read < 0) {
                throw new IOException("segment ended while reading at " + offset);
            }
            offset += read;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
