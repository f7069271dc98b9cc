package cn.eldercare.chaincode.sim;

/**
 * Height of the transaction that last wrote a key, as Fabric's state database keeps it:
 * MVCC validation compares the version read during simulation with the version at commit.
 */
public record Version(long blockNum, long txNum) implements Comparable<Version> {

    @Override
    public int compareTo(final Version other) {
        final int byBlock = Long.compare(blockNum, other.blockNum);
        return byBlock != 0 ? byBlock : Long.compare(txNum, other.txNum);
    }
}
