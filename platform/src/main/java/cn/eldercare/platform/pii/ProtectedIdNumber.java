package cn.eldercare.platform.pii;

/** The three stored forms of a resident ID number: encrypted, keyed hash and masked. */
public record ProtectedIdNumber(String cipher, String hash, String masked) {
}
