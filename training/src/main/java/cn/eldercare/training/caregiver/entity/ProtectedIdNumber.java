package cn.eldercare.training.caregiver.entity;

/** The three stored forms of a resident ID number: encrypted, keyed hash and masked. */
public record ProtectedIdNumber(String cipher, String hash, String masked) {
}
