package cn.eldercare.chaincode.sim;

/** A committed value together with the version of the transaction that wrote it. */
public record VersionedValue(byte[] value, Version version) {
}
