package cn.eldercare.timebank.ledger.embedded;

import java.time.Instant;
import java.util.List;

/**
 * A block of the embedded ledger: its number (from 0), the hash of the block before it (32 zero
 * bytes for block 0), when it was cut, its transactions in commit order, and its own hash,
 * SHA-256 over the previous hash and the block's canonical bytes ({@link BlockCodec}).
 */
record Block(long number, byte[] previousHash, Instant timestamp, List<BlockTx> transactions, byte[] hash) {
}
