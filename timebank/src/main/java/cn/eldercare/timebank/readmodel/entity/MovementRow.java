package cn.eldercare.timebank.readmodel.entity;

import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One movement of minutes on an account, copied from a ledger event. */
@Entity
@Table(name = "tb_movement")
public class MovementRow extends Identified {

    private String account;
    @Column(name = "tx_id")
    private String txId;
    private int seq;
    private OffsetDateTime at;
    private String kind;
    private long minutes;
    @Column(name = "balance_after")
    private Long balanceAfter;
    private String counterparty;
    @Column(name = "record_id")
    private String recordId;
    @Column(name = "category_code")
    private String categoryCode;

    protected MovementRow() {
    }

    public MovementRow(String account, String txId, int seq, OffsetDateTime at, String kind, long minutes, Long balanceAfter,
                       String counterparty, String recordId, String categoryCode) {
        this.account = account;
        this.txId = txId;
        this.seq = seq;
        this.at = at;
        this.kind = kind;
        this.minutes = minutes;
        this.balanceAfter = balanceAfter;
        this.counterparty = counterparty;
        this.recordId = recordId;
        this.categoryCode = categoryCode;
    }

    public String getTxId() { return txId; }
    public OffsetDateTime getAt() { return at; }
    public String getKind() { return kind; }
    public long getMinutes() { return minutes; }
    public Long getBalanceAfter() { return balanceAfter; }
    public String getCounterparty() { return counterparty; }
    public String getRecordId() { return recordId; }
    public String getCategoryCode() { return categoryCode; }
}
