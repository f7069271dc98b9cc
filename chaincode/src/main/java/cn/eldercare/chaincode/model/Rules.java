package cn.eldercare.chaincode.model;

import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.TimeBankException.require;

/**
 * The time-bank rules the regulator keeps on the ledger. In a request a null field means
 * "unchanged"; the stored rules are always complete.
 *
 * @param storageCapMinutes most a member may hold; service credit above it goes to the donation pool
 * @param redeemThresholdMinutes minutes a member must have deposited in total before redeeming
 * @param minRedeemAge age from which a beneficiary may receive a redeemed service
 * @param minVolunteerAge age from which a volunteer may register
 * @param pendingExpiryHours time a service record may wait for confirmation
 * @param maxServiceMinutes longest single service window
 */
public record Rules(Integer storageCapMinutes, Integer redeemThresholdMinutes, Integer minRedeemAge,
        Integer minVolunteerAge, Integer pendingExpiryHours, Integer maxServiceMinutes) {

    /** Windows are bucketed by day, so the overlap check relies on no window exceeding one day. */
    public static final int MAX_WINDOW_MINUTES = 24 * 60;

    public static final Rules DEFAULTS = new Rules(1_500 * 60, 0, 60, 18, 7 * 24, 12 * 60);

    public Rules overriddenBy(final Rules patch) {
        if (patch == null) {
            return this;
        }
        return new Rules(
                or(patch.storageCapMinutes, storageCapMinutes),
                or(patch.redeemThresholdMinutes, redeemThresholdMinutes),
                or(patch.minRedeemAge, minRedeemAge),
                or(patch.minVolunteerAge, minVolunteerAge),
                or(patch.pendingExpiryHours, pendingExpiryHours),
                or(patch.maxServiceMinutes, maxServiceMinutes));
    }

    public Rules validated() {
        require(storageCapMinutes > 0, INVALID_ARGUMENT, "storageCapMinutes must be positive");
        require(redeemThresholdMinutes >= 0, INVALID_ARGUMENT, "redeemThresholdMinutes must not be negative");
        require(minRedeemAge >= 0 && minRedeemAge <= 150, INVALID_ARGUMENT, "minRedeemAge must be 0..150");
        require(minVolunteerAge >= 0 && minVolunteerAge <= 150, INVALID_ARGUMENT, "minVolunteerAge must be 0..150");
        require(pendingExpiryHours > 0, INVALID_ARGUMENT, "pendingExpiryHours must be positive");
        require(maxServiceMinutes > 0 && maxServiceMinutes <= MAX_WINDOW_MINUTES, INVALID_ARGUMENT,
                "maxServiceMinutes must be 1..%d", MAX_WINDOW_MINUTES);
        return this;
    }

    private static Integer or(final Integer value, final Integer fallback) {
        return value != null ? value : fallback;
    }
}
