package cn.eldercare.chaincode.sim;

/** Outcome of MVCC validation, named after Fabric's TxValidationCode values. */
public enum ValidationCode {
    VALID,
    MVCC_READ_CONFLICT,
    PHANTOM_READ_CONFLICT,
    /** The chaincode answered with an error, so there is nothing to commit. */
    ENDORSEMENT_FAILURE
}
