package cn.eldercare.timebank.ledger.fabric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

import cn.eldercare.timebank.ledger.control.LedgerRefusal;
import cn.eldercare.timebank.ledger.control.LedgerUnavailable;
import io.grpc.Status;

/**
 * Tells a contract's refusal from a ledger that could not be reached. A peer's gateway reports an
 * error response of the chaincode as {@code "chaincode response 500, CODE: text"}: for an endorsement
 * in the ErrorDetail of each endorsing peer, for an evaluation also in the status description. A
 * chaincode error response always has a payload (the contract returns its code there), which is how
 * the gateway tells it from an error the peer made up itself (chaincode unreachable or crashed):
 * those, and every transport or deadline failure, are the ledger being unavailable.
 */
final class FabricErrors {

    private static final Pattern CHAINCODE_RESPONSE = Pattern.compile("chaincode response \\d+, (.*)", Pattern.DOTALL);
    /** The client's own mistakes or a misconfiguration: trying again cannot help. */
    private static final Set<Status.Code> PERMANENT = Set.of(Status.Code.INVALID_ARGUMENT,
            Status.Code.PERMISSION_DENIED, Status.Code.UNAUTHENTICATED, Status.Code.UNIMPLEMENTED, Status.Code.NOT_FOUND);
    /**
     * Refusals a peer that has not yet committed the latest blocks gives for something that exists
     * on the others (a member registered, a record logged, a relative recorded a moment ago).
     */
    private static final Set<String> LAGGING_PEER_CODES = Set.of("NOT_FOUND", "NOT_RELATIVE");

    private FabricErrors() {
    }

    /** The exception the Ledger interface promises for a failed gateway call. */
    static RuntimeException map(final String function, final GatewayException failure) {
        final Optional<String> refusal = chaincodeMessage(failure);
        if (refusal.isPresent()) {
            return LedgerRefusal.fromMessage(refusal.get());
        }
        return new LedgerUnavailable(cause(failure.getStatus().getCode()),
                function + " failed on the Fabric network: " + describe(failure), failure);
    }

    /**
     * Whether the same call may succeed a moment later: the ledger was unavailable for a passing
     * reason, or an endorsement was refused by a peer that may only be lagging behind the others.
     */
    static boolean passing(final RuntimeException mapped, final boolean endorsement) {
        if (mapped instanceof LedgerRefusal refusal) {
            return endorsement && LAGGING_PEER_CODES.contains(refusal.code());
        }
        return mapped instanceof LedgerUnavailable unavailable && unavailable.getCause() instanceof GatewayException e
                && !PERMANENT.contains(e.getStatus().getCode());
    }

    private static LedgerUnavailable.Cause cause(final Status.Code code) {
        return switch (code) {
            case UNAVAILABLE, FAILED_PRECONDITION -> LedgerUnavailable.Cause.UNREACHABLE;
            case DEADLINE_EXCEEDED, CANCELLED -> LedgerUnavailable.Cause.TIMEOUT;
            // the gateway's "ProposalResponsePayloads do not match": peers at different heights
            case ABORTED -> LedgerUnavailable.Cause.DISAGREEMENT;
            case RESOURCE_EXHAUSTED -> LedgerUnavailable.Cause.BUSY;
            default -> LedgerUnavailable.Cause.REJECTED;
        };
    }

    private static Optional<String> chaincodeMessage(final GatewayException failure) {
        final List<String> texts = new ArrayList<>();
        failure.getDetails().forEach(detail -> texts.add(detail.getMessage()));
        texts.add(failure.getStatus().getDescription());
        for (final String text : texts) {
            final Matcher matcher = CHAINCODE_RESPONSE.matcher(text == null ? "" : text);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** Status code and description plus what each peer said, for the log and the operator. */
    private static String describe(final GatewayException failure) {
        final String details = failure.getDetails().stream().map(FabricErrors::describe)
                .collect(Collectors.joining("; "));
        return failure.getStatus().getCode() + " " + failure.getStatus().getDescription()
                + (details.isEmpty() ? "" : " [" + details + "]");
    }

    private static String describe(final ErrorDetail detail) {
        return detail.getMspId() + "@" + detail.getAddress() + ": " + detail.getMessage();
    }
}
