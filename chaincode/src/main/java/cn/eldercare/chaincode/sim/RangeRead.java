package cn.eldercare.chaincode.sim;

import java.util.Map;

/**
 * A range the transaction scanned and the keys (with versions) it saw there. Fabric re-runs such
 * ranges at commit to detect phantoms: keys inserted or deleted inside the range since simulation.
 *
 * @param startKey inclusive
 * @param endKey exclusive; empty for "to the last key"
 * @param seen key to version, in key order
 */
public record RangeRead(String startKey, String endKey, Map<String, Version> seen) {
}
