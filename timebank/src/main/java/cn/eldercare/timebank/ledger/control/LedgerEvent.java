package cn.eldercare.timebank.ledger.control;

/**
 * The chaincode event of one committed transaction (the contract emits one, named {@code TimeBank},
 * listing every movement and service record the transaction changed), with its place in the ledger.
 */
public record LedgerEvent(long blockNumber, int txIndex, String txId, String name, String payload) {
}
