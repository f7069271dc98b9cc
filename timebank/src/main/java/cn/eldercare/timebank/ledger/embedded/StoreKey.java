package cn.eldercare.timebank.ledger.embedded;

import java.nio.ByteBuffer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.StringDataType;

import cn.eldercare.chaincode.sim.Version;

/**
 * Key of the one MVStore map that holds the world state, in four sections: ledger metadata, the
 * current value of each key, the last version of each deleted key, and the history of every
 * modification. Within a section, values and deletions sort by key in code point order; history
 * sorts by height (block, transaction) and then key, so it grows at the end of the B-tree instead
 * of dirtying pages all over it. Height fields are zero outside the history.
 */
record StoreKey(byte section, long block, int tx, String key) {

    static final byte META = 0;
    static final byte VALUE = 1;
    static final byte DELETED = 2;
    static final byte HISTORY = 3;

    static StoreKey meta(final String name) {
        return new StoreKey(META, 0, 0, name);
    }

    static StoreKey value(final String key) {
        return new StoreKey(VALUE, 0, 0, key);
    }

    static StoreKey deleted(final String key) {
        return new StoreKey(DELETED, 0, 0, key);
    }

    static StoreKey history(final Version version, final String key) {
        return new StoreKey(HISTORY, version.blockNum(), (int) version.txNum(), key);
    }

    Version version() {
        return new Version(block, tx);
    }

    static final class Type extends BasicDataType<StoreKey> {

        static final Type INSTANCE = new Type();

        private Type() {
        }

        @Override
        public int compare(final StoreKey a, final StoreKey b) {
            int order = Byte.compare(a.section, b.section);
            if (order == 0) {
                order = Long.compare(a.block, b.block);
            }
            if (order == 0) {
                order = Integer.compare(a.tx, b.tx);
            }
            return order != 0 ? order : CodePointOrder.compare(a.key, b.key);
        }

        @Override
        public int getMemory(final StoreKey key) {
            return 56 + 2 * key.key.length();
        }

        @Override
        public void write(final WriteBuffer buffer, final StoreKey key) {
            buffer.put(key.section);
            if (key.section == HISTORY) {
                buffer.putVarLong(key.block).putVarInt(key.tx);
            }
            StringDataType.INSTANCE.write(buffer, key.key);
        }

        @Override
        public StoreKey read(final ByteBuffer buffer) {
            final byte section = buffer.get();
            final long block = section == HISTORY ? DataUtils.readVarLong(buffer) : 0;
            final int tx = section == HISTORY ? DataUtils.readVarInt(buffer) : 0;
            return new StoreKey(section, block, tx, StringDataType.INSTANCE.read(buffer));
        }

        @Override
        public StoreKey[] createStorage(final int size) {
            return new StoreKey[size];
        }
    }
}
