package cn.eldercare.chaincode.model;

/**
 * A member's minutes. {@code deposited} counts every inflow (service credit, gifts received,
 * fund issues and pool grants) and is what the redeem threshold is compared with.
 */
public record Account(String memberId, long balance, long deposited, long withdrawn) {

    public static Account empty(final String memberId) {
        return new Account(memberId, 0, 0, 0);
    }

    public Account plus(final long minutes) {
        return new Account(memberId, balance + minutes, deposited + minutes, withdrawn);
    }

    public Account minus(final long minutes) {
        return new Account(memberId, balance - minutes, deposited, withdrawn + minutes);
    }
}
