package cn.eldercare.chaincode.rules;

import java.time.Instant;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

import cn.eldercare.chaincode.error.ErrorCode;
import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.identity.Caller;
import cn.eldercare.chaincode.model.LedgerConfig;
import cn.eldercare.chaincode.state.Journal;
import cn.eldercare.chaincode.state.Keys;
import cn.eldercare.chaincode.state.LedgerState;
import cn.eldercare.chaincode.state.Pool;

/**
 * Per-transaction context: the caller, the transaction's time (the only clock the rules use,
 * so every endorser computes the same result), typed state, the journal of movements and the pool.
 */
public final class TimeBankContext extends Context {

    private Caller caller;
    private final LedgerState state;
    private final Journal journal;
    private final Pool pool;
    private LedgerConfig config;

    public TimeBankContext(final ChaincodeStub stub) {
        super(stub);
        this.state = new LedgerState(stub);
        this.journal = new Journal(stub, state);
        this.pool = new Pool(stub, state);
    }

    /**
     * The acting person, read on first use (transactions open to anyone never ask), and refused when
     * either they or the certificate that signed for them has been revoked.
     */
    public Caller caller() {
        if (caller == null) {
            final Caller who = Caller.of(getClientIdentity(), stub.getTransient());
            Revocations.requireNotRevoked(this, who);
            caller = who;
        }
        return caller;
    }

    public Instant now() {
        return stub.getTxTimestamp();
    }

    public String txId() {
        return stub.getTxId();
    }

    public LedgerState state() {
        return state;
    }

    public Journal journal() {
        return journal;
    }

    public Pool pool() {
        return pool;
    }

    /** The ledger configuration; every transaction but InitLedger needs it. */
    public LedgerConfig config() {
        if (config == null) {
            config = state.get(Keys.config(), LedgerConfig.class).orElseThrow(() -> new TimeBankException(
                    ErrorCode.NOT_INITIALISED, "the ledger has not been initialised; call admin:InitLedger"));
        }
        return config;
    }
}
