package cn.eldercare.timebank.ledger.embedded;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.StringDataType;

import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.chaincode.sim.VersionedValue;

/**
 * Values of the world state map, one type per section of {@link StoreKey}, each written after a tag
 * byte: metadata text, a value with its version, a deleted key's last version, a history entry.
 */
final class StoreValueType extends BasicDataType<Object> {

    static final StoreValueType INSTANCE = new StoreValueType();

    private static final byte TEXT = 0;
    private static final byte VALUE = 1;
    private static final byte VERSION = 2;
    private static final byte HISTORY = 3;

    private StoreValueType() {
    }

    @Override
    public int getMemory(final Object value) {
        if (value instanceof VersionedValue versioned) {
            return 64 + versioned.value().length;
        }
        if (value instanceof KeyHistory entry) {
            return 160 + (entry.value() == null ? 0 : entry.value().length);
        }
        return 48;
    }

    @Override
    public void write(final WriteBuffer buffer, final Object value) {
        if (value instanceof VersionedValue versioned) {
            buffer.put(VALUE);
            writeVersion(buffer, versioned.version());
            buffer.putVarInt(versioned.value().length).put(versioned.value());
        } else if (value instanceof Version version) {
            buffer.put(VERSION);
            writeVersion(buffer, version);
        } else if (value instanceof KeyHistory entry) {
            buffer.put(HISTORY);
            StringDataType.INSTANCE.write(buffer, entry.txId());
            buffer.putVarLong(entry.timestamp().getEpochSecond()).putVarInt(entry.timestamp().getNano());
            buffer.put((byte) ((entry.value() == null ? 0 : 1) | (entry.previous() == null ? 0 : 2)));
            if (entry.value() != null) {
                buffer.putVarInt(entry.value().length).put(entry.value());
            }
            if (entry.previous() != null) {
                writeVersion(buffer, entry.previous());
            }
        } else {
            buffer.put(TEXT);
            StringDataType.INSTANCE.write(buffer, (String) value);
        }
    }

    @Override
    public Object read(final ByteBuffer buffer) {
        switch (buffer.get()) {
            case VALUE:
                final Version version = readVersion(buffer);
                return new VersionedValue(bytes(buffer), version);
            case VERSION:
                return readVersion(buffer);
            case HISTORY:
                final String txId = StringDataType.INSTANCE.read(buffer);
                final Instant timestamp = Instant.ofEpochSecond(DataUtils.readVarLong(buffer),
                        DataUtils.readVarInt(buffer));
                final byte flags = buffer.get();
                final byte[] value = (flags & 1) == 0 ? null : bytes(buffer);
                return new KeyHistory(txId, timestamp, value, (flags & 2) == 0 ? null : readVersion(buffer));
            default:
                return StringDataType.INSTANCE.read(buffer);
        }
    }

    @Override
    public Object[] createStorage(final int size) {
        return new Object[size];
    }

    private static void writeVersion(final WriteBuffer buffer, final Version version) {
        buffer.putVarLong(version.blockNum()).putVarLong(version.txNum());
    }

    private static Version readVersion(final ByteBuffer buffer) {
        return new Version(DataUtils.readVarLong(buffer), DataUtils.readVarLong(buffer));
    }

    private static byte[] bytes(final ByteBuffer buffer) {
        final byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        return bytes;
    }
}
