package cn.eldercare.chaincode.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * JSON arguments of the transactions. Every submitted request carries a client-chosen
 * {@code requestId}; resubmitting the same request with the same id returns the first result.
 */
public final class Requests {

    private Requests() {
    }

    /** A request that changes the ledger and may be retried. */
    public interface Idempotent {
        String requestId();
    }

    public record Init(String requestId, String regulatorMsp, List<String> stationMsps,
            List<String> memberMsps, Rules rules) implements Idempotent {
    }

    public record SetRules(String requestId, Rules rules) implements Idempotent {
    }

    public record PutCategory(String requestId, String code, String nameZh, String nameEn, Integer weightPercent,
            Boolean active) implements Idempotent {
    }

    /** {@code identity}: a certificate id ({@code x509::…}) or an actor id ({@code <mspId>/<user>}). */
    public record RevokeIdentity(String requestId, String identity, String reason) implements Idempotent {
    }

    /** {@code stationId}: the member's home station, whose staff act for them; optional. */
    public record RegisterVolunteer(String requestId, String memberId, LocalDate birthDate, String regionCode,
            String stationId) implements Idempotent {
    }

    public record RegisterRecipient(String requestId, String memberId, LocalDate birthDate, String regionCode,
            String priority, String stationId) implements Idempotent {
    }

    public record RecordRelative(String requestId, String memberId, String relativeId, Kinship kinship)
            implements Idempotent {
    }

    public record SetMemberStatus(String requestId, String memberId, MemberStatus status, String reason)
            implements Idempotent {
    }

    public record CheckIn(String requestId, String volunteerId, String recipientId, String categoryCode)
            implements Idempotent {
    }

    public record SubmitService(String requestId, String volunteerId, String recipientId, String categoryCode,
            Instant start, Instant end) implements Idempotent {
    }

    /** CheckOut, CancelService and ExpireService name a record; reason is used by cancellation only. */
    public record RecordAction(String requestId, String recordId, String reason) implements Idempotent {
    }

    public record ConfirmService(String requestId, String recordId, Integer rating, String comment)
            implements Idempotent {
    }

    /** Redeem: {@code beneficiaryId} is the member served, the payer or one of the payer's relatives. */
    public record Redeem(String requestId, String memberId, String beneficiaryId, String categoryCode,
            Long minutes) implements Idempotent {
    }

    /** Gift, Donate, IssueFromFund and GrantFromPool; {@code counterpartyId} is the gift's relative. */
    public record Transfer(String requestId, String memberId, String counterpartyId, Long minutes, String reason)
            implements Idempotent {
    }

    public record MemberQuery(String memberId) {
    }

    public record RecordQuery(String recordId) {
    }

    public record StatementQuery(String memberId, Integer pageSize, String bookmark) {
    }

    /** Statistics filter: any null field matches everything. Month is {@code yyyyMM} in China time. */
    public record TotalsQuery(String regionCode, String month) {
    }
}
