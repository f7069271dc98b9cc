package cn.eldercare.chaincode.model;

import java.time.Instant;
import java.util.List;

/** JSON results of the transactions that do not simply return a stored object. */
public final class Results {

    private Results() {
    }

    /** GetMember: the member and their registered relatives. */
    public record MemberRelatives(Member member, List<Relation> relatives) {
    }

    /** The movements one transaction made, each with the account's balance after it. */
    public record Movements(List<Movement> movements) {
    }

    public record Confirmation(ServiceRecord record, long creditedMinutes, long toPoolMinutes, long balance,
            List<Movement> movements) {
    }

    public record Balance(String memberId, long balance, long deposited, long withdrawn, int storageCapMinutes) {
    }

    /** One page of a statement, oldest first; pass {@code bookmark} back for the next page ("" at the end). */
    public record Statement(String account, List<Movement> movements, String bookmark) {
    }

    public record Pool(long balance) {
    }

    /** One committed version of a service record; {@code record} is absent for a deletion. */
    public record RecordVersion(String txId, Instant timestamp, ServiceRecord record) {
    }

    /** A revoked certificate id or actor id: who revoked it, when and why. */
    public record Revocation(String identity, String reason, String revokedBy, Instant revokedAt) {
    }

    /**
     * Conservation check: {@code accounts + pool == earned + issued - redeemed} ({@code balanced}).
     * Filtered by region or month only the flows are filtered, and {@code balanced} is null.
     */
    public record Totals(long earned, long issued, long redeemed, Long accounts, Long pool, Boolean balanced) {
    }
}
