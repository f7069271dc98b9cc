package cn.eldercare.chaincode.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.hyperledger.fabric.shim.ledger.CompositeKey;

import cn.eldercare.chaincode.error.ErrorCode;
import cn.eldercare.chaincode.error.TimeBankException;

/**
 * Every world-state key of the time bank. All are composite keys so that partial-key queries can
 * list them. Keys written by many concurrent transactions are never shared: each credit, pool
 * movement and aggregate is its own row, named after the transaction that wrote it.
 */
public final class Keys {

    public static final String CONFIG = "tb.config";
    public static final String CATEGORY = "tb.category";
    public static final String MEMBER = "tb.member";
    public static final String RELATIVE = "tb.relative";
    public static final String ACCOUNT = "tb.account";
    public static final String RECORD = "tb.record";
    public static final String OPEN_VISIT = "tb.open";
    public static final String WINDOW = "tb.window";
    public static final String STATEMENT = "tb.statement";
    public static final String POOL_DELTA = "tb.pool";
    public static final String AGGREGATE = "tb.aggregate";
    public static final String REQUEST = "tb.request";
    public static final String REVOKED = "tb.revoked";

    private static final char DELIMITER = '\u0000';
    private static final String MAX_CODE_POINT = new String(Character.toChars(Character.MAX_CODE_POINT));

    private Keys() {
    }

    /**
     * The same string as {@code new CompositeKey(objectType, attributes).toString()}, built without
     * the shim's per-segment regular expression, which showed up in profiles of hot transactions.
     */
    public static String of(final String objectType, final String... attributes) {
        final StringBuilder key = new StringBuilder(64).append(CompositeKey.NAMESPACE);
        segment(key, objectType);
        for (final String attribute : attributes) {
            segment(key, attribute);
        }
        return key.toString();
    }

    private static void segment(final StringBuilder key, final String segment) {
        if (segment.indexOf(DELIMITER) >= 0 || segment.contains(MAX_CODE_POINT)) {
            throw new TimeBankException(ErrorCode.INVALID_ARGUMENT, "a key segment may not contain U+0000 or U+10FFFF");
        }
        key.append(segment).append(DELIMITER);
    }

    /** A revoked identity (a certificate id or an actor id), by the SHA-256 of its text: ids may be long. */
    public static String revoked(final String identity) {
        try {
            return of(REVOKED, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String config() {
        return of(CONFIG);
    }

    public static String category(final String code) {
        return of(CATEGORY, code);
    }

    public static String member(final String memberId) {
        return of(MEMBER, memberId);
    }

    public static String relative(final String memberId, final String relativeId) {
        return of(RELATIVE, memberId, relativeId);
    }

    public static String account(final String memberId) {
        return of(ACCOUNT, memberId);
    }

    public static String record(final String recordId) {
        return of(RECORD, recordId);
    }

    public static String openVisit(final String volunteerId) {
        return of(OPEN_VISIT, volunteerId);
    }

    /** Fixed-width numbers keep lexical key order equal to numeric order. */
    public static String padded(final long value, final int width) {
        final String digits = Long.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
