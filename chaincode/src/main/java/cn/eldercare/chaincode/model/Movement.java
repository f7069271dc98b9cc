package cn.eldercare.chaincode.model;

import java.time.Instant;

/**
 * One change of one account's minutes, as kept in the member's statement and sent in events.
 * The donation pool is the account {@link #POOL}.
 *
 * @param minutes signed change: positive in, negative out
 * @param balanceAfter the account's balance after the change; null for the pool, whose balance is a sum of delta rows
 */
public record Movement(String txId, int seq, Instant at, String account, MovementKind kind, long minutes,
        Long balanceAfter, String counterparty, String recordId, String categoryCode, String note) {

    public static final String POOL = "@pool";
}
