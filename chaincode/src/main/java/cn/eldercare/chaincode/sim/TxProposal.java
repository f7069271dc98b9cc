package cn.eldercare.chaincode.sim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a peer takes from a signed proposal before running chaincode. The embedding ledger
 * supplies the transaction id and timestamp, so simulation is deterministic and repeatable.
 *
 * @param args function name first, then its arguments
 */
public record TxProposal(String channelId, String txId, Instant timestamp, SimIdentity creator,
        List<byte[]> args, Map<String, byte[]> transientData) {

    public TxProposal {
        args = List.copyOf(args);
        transientData = Map.copyOf(transientData);
    }

    /** A proposal calling {@code function} (for example {@code "accounts:GetBalance"}) with string arguments. */
    public static TxProposal of(final String channelId, final String txId, final Instant timestamp,
            final SimIdentity creator, final String function, final String... arguments) {
        final List<byte[]> args = new ArrayList<>();
        args.add(function.getBytes(StandardCharsets.UTF_8));
        for (final String argument : arguments) {
            args.add(argument.getBytes(StandardCharsets.UTF_8));
        }
        return new TxProposal(channelId, txId, timestamp, creator, args, Map.of());
    }

    /** The same proposal with private data a client passes beside the arguments (not kept on the ledger). */
    public TxProposal withTransient(final Map<String, byte[]> data) {
        return new TxProposal(channelId, txId, timestamp, creator, args, data);
    }
}
