package cn.eldercare.chaincode.sim;

import java.time.Instant;

/** One committed modification of a key, oldest first in {@link WorldState#history(String)}. */
public record HistoryEntry(String txId, Instant timestamp, byte[] value, boolean deleted) {
}
