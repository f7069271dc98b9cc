package cn.eldercare.chaincode.contract;

import cn.eldercare.chaincode.error.ErrorCode;
import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.model.Requests.Idempotent;
import cn.eldercare.chaincode.rules.TimeBankContext;
import cn.eldercare.chaincode.state.Json;
import cn.eldercare.chaincode.state.Keys;


import static cn.eldercare.chaincode.error.ErrorCode.DUPLICATE;
import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;


/**
 * Runs a request at most once per caller and request id. The receipt key is read by the retry,
 * so two copies of a request racing each other cannot both commit: the second fails MVCC.
 * A retry of a committed request writes nothing and returns the stored result.
 * {@code action} returns the result as JSON, as it is stored and answered.
 */
public final class Idempotency {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private Idempotency() {
    }

    public static String once(final TimeBankContext ctx, final Idempotent request, final Supplier<String> action) {
        TimeBankException.require(request.requestId() != null && REQUEST_ID.matcher(request.requestId()).matches(),
                INVALID_ARGUMENT, "requestId must be 1-64 characters of letters, digits and . _ : -");
        final String key = Keys.of(Keys.REQUEST, ctx.caller().requestScope(), request.requestId());
        final String fingerprint = sha256(ctx.getStub().getFunction() + Json.write(request));
        final Optional<Receipt> prior = ctx.state().get(key, Receipt.class);
        if (prior.isPresent()) {
            TimeBankException.require(prior.get().fingerprint().equals(fingerprint), DUPLICATE,
                    "request id %s was already used for a different request", request.requestId());
            return prior.get().result();
        }
        final String result = action.get();
        ctx.state().put(key, new Receipt(fingerprint, ctx.txId(), result));
        return result;
    }

    private static String sha256(final String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** What a committed request returned, kept for its retries. */
    public record Receipt(String fingerprint, String txId, String result) {
    }
}
