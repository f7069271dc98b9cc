package cn.eldercare.chaincode.sim;

/** One entry of a range scan over the world state. */
public record KeyedValue(String key, VersionedValue value) {
}
