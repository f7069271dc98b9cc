package cn.eldercare.timebank.ledger.embedded;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.StringDataType;

import cn.eldercare.chaincode.sim.HistoryEntry;
import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.chaincode.sim.VersionedValue;

/** MVStore value types of the world state: a value with its version, and one entry of a key's history. */
final class StateValueTypes {

    private StateValueTypes() {
    }

    private static void putBytes(final WriteBuffer buffer, final byte[] bytes) {
        buffer.putVarInt(bytes.length).put(bytes);
    }

    private static byte[] bytes(final ByteBuffer buffer) {
        final byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        return bytes;
    }

    static final class Versioned extends BasicDataType<VersionedValue> {

        static final Versioned INSTANCE = new Versioned();

        @Override
        public int getMemory(final VersionedValue value) {
            return 64 + value.value().length;
        }

        @Override
        public void write(final WriteBuffer buffer, final VersionedValue value) {
            buffer.putVarLong(value.version().blockNum()).putVarLong(value.version().txNum());
            putBytes(buffer, value.value());
        }

        @Override
        public VersionedValue read(final ByteBuffer buffer) {
            final Version version = new Version(DataUtils.readVarLong(buffer), DataUtils.readVarLong(buffer));
            return new VersionedValue(bytes(buffer), version);
        }

        @Override
        public VersionedValue[] createStorage(final int size) {
            return new VersionedValue[size];
        }
    }

    /** A deletion keeps no value: the entry says so instead. */
    static final class History extends BasicDataType<HistoryEntry> {

        static final History INSTANCE = new History();

        @Override
        public int getMemory(final HistoryEntry entry) {
            return 96 + 2 * entry.txId().length() + (entry.deleted() ? 0 : entry.value().length);
        }

        @Override
        public void write(final WriteBuffer buffer, final HistoryEntry entry) {
            StringDataType.INSTANCE.write(buffer, entry.txId());
            buffer.putVarLong(entry.timestamp().getEpochSecond()).putVarInt(entry.timestamp().getNano());
            buffer.put((byte) (entry.deleted() ? 1 : 0));
            if (!entry.deleted()) {
                putBytes(buffer, entry.value());
            }
        }

        @Override
        public HistoryEntry read(final ByteBuffer buffer) {
            final String txId = StringDataType.INSTANCE.read(buffer);
            final Instant timestamp = Instant.ofEpochSecond(DataUtils.readVarLong(buffer), DataUtils.readVarInt(buffer));
            final boolean deleted = buffer.get() == 1;
            return new HistoryEntry(txId, timestamp, deleted ? null : bytes(buffer), deleted);
        }

        @Override
        public HistoryEntry[] createStorage(final int size) {
            return new HistoryEntry[size];
        }
    }
}
