package cn.eldercare.timebank.readmodel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last ledger block the read model applied; written in the same transaction as the block's rows. */
@Entity
@Table(name = "tb_checkpoint")
public class Checkpoint {

    @Id
    private String name;
    @Column(name = "block_number")
    private long blockNumber;

    protected Checkpoint() {
    }

    public Checkpoint(String name, long blockNumber) {
        this.name = name;
        this.blockNumber = blockNumber;
    }

    public long getBlockNumber() { return blockNumber; }

    public void advance(long block) {
        blockNumber = block;
    }
}
