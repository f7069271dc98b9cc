package cn.eldercare.certs.signing.control;

import java.time.Instant;

/** What the signature of an uploaded PDF says: a verdict and, when there is a signature, who signed and when. */
public record SignatureCheck(Verdict verdict, String signer, Instant signedAt) {

    public enum Verdict {
        /** No signature at all. */
        NOT_SIGNED,
        /** A signature that does not match the signed bytes, or is not one we can read: the file was altered. */
        INVALID,
        /** Valid over part of the file only: something was appended or a second signature added after signing. */
        NOT_WHOLE_DOCUMENT,
        /** Valid, but by a key the regulator CA did not certify. */
        UNTRUSTED,
        VALID
    }

    static SignatureCheck of(Verdict verdict) {
        return new SignatureCheck(verdict, null, null);
    }
}
