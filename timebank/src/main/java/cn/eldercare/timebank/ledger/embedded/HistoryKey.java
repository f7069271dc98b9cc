package cn.eldercare.timebank.ledger.embedded;

import java.nio.ByteBuffer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Key of the history map: a state key and the height of a transaction that wrote it. Sorted by key,
 * then height, so one key's history is one contiguous, oldest-first run of the map. Re-applying a
 * block (recovery after a crash) overwrites its entries instead of adding duplicates.
 */
record HistoryKey(String key, long block, int tx) {

    /** Sorts before every entry of {@code key}. */
    static HistoryKey first(final String key) {
        return new HistoryKey(key, Long.MIN_VALUE, Integer.MIN_VALUE);
    }

    static final class Type extends BasicDataType<HistoryKey> {

        static final Type INSTANCE = new Type();

        private Type() {
        }

        @Override
        public int compare(final HistoryKey a, final HistoryKey b) {
            final int byKey = StateKeyType.compareKeys(a.key, b.key);
            if (byKey != 0) {
                return byKey;
            }
            final int byBlock = Long.compare(a.block, b.block);
            return byBlock != 0 ? byBlock : Integer.compare(a.tx, b.tx);
        }

        @Override
        public int getMemory(final HistoryKey key) {
            return 48 + 2 * key.key.length();
        }

        @Override
        public void write(final WriteBuffer buffer, final HistoryKey key) {
            StateKeyType.INSTANCE.write(buffer, key.key);
            buffer.putVarLong(key.block).putVarInt(key.tx);
        }

        @Override
        public HistoryKey read(final ByteBuffer buffer) {
            final String key = StateKeyType.INSTANCE.read(buffer);
            return new HistoryKey(key, DataUtils.readVarLong(buffer), DataUtils.readVarInt(buffer));
        }

        @Override
        public HistoryKey[] createStorage(final int size) {
            return new HistoryKey[size];
        }
    }
}
