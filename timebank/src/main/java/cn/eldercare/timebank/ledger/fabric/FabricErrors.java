package cn.eldercare.timebank.ledger.fabric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

import cn.eldercare.timebank.ledger.control.LedgerRefusal;
import cn.eldercare.timebank.ledger.control.LedgerUnavailable;

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

    private FabricErrors() {
    }

    /** The exception the Ledger interface promises for a failed gateway call. */
    static RuntimeException map(final String function, final GatewayException failure) {
        final Optional<String> refusal = chaincodeMessage(failure);
        if (refusal.isPresent()) {
            return LedgerRefusal.fromMessage(refusal.get());
        }
        return new LedgerUnavailable(function + " failed on the Fabric network: " + describe(failure), failure);
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
