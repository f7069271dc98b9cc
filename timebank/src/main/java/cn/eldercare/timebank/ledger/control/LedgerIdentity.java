package cn.eldercare.timebank.ledger.control;

/**
 * Who signs a ledger transaction: the organisation (Fabric MSP id), the enrollment id (the
 * certificate's CN) and the attributes the contract decides access by ({@code role} =
 * volunteer | recipient | station | regulator, and {@code memberId} for members).
 */
public record LedgerIdentity(String mspId, String enrollmentId, String role, String memberId) {
}
