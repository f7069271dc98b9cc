package cn.eldercare.chaincode.sim;

/** A submitted transaction after validation: committed at {@code version} only when {@code code} is VALID. */
public record CommitOutcome(SimulationResult result, ValidationCode code, Version version) {

    public boolean isCommitted() {
        return code == ValidationCode.VALID;
    }
}
