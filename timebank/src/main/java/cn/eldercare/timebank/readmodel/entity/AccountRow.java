package cn.eldercare.timebank.readmodel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's balance as of the last applied block: queries read this, never the ledger. */
@Entity
@Table(name = "tb_account")
public class AccountRow {

    @Id
    @Column(name = "member_id")
    private String memberId;
    private long balance;
    private long deposited;
    private long withdrawn;

    protected AccountRow() {
    }

    public AccountRow(String memberId) {
        this.memberId = memberId;
    }

    /** Applies one movement; the ledger's balanceAfter is authoritative when it is given. */
    public void apply(long minutes, Long balanceAfter) {
        balance = balanceAfter != null ? balanceAfter : balance + minutes;
        if (minutes > 0) {
            deposited += minutes;
        } else {
            withdrawn -= minutes;
        }
    }

    public String getMemberId() { return memberId; }
    public long getBalance() { return balance; }
    public long getDeposited() { return deposited; }
    public long getWithdrawn() { return withdrawn; }
}
