package cn.eldercare.chaincode;

import org.hyperledger.fabric.contract.ContractRouter;

/**
 * Entry point of the ccaas jar. The peer's ccaas external builder connects to this process,
 * which listens on {@code CHAINCODE_SERVER_ADDRESS} (host:port) and answers as the chaincode
 * package id in {@code CORE_CHAINCODE_ID_NAME}.
 */
public final class ContractMain {

    private ContractMain() {
    }

    public static void main(final String[] args) throws Exception {
        for (final String variable : new String[] {"CHAINCODE_SERVER_ADDRESS", "CORE_CHAINCODE_ID_NAME"}) {
            final String value = System.getenv(variable);
            if (value == null || value.isBlank()) {
                System.err.println("missing environment variable " + variable
                        + " (see chaincode/README.md, 'Chaincode as a service')");
                System.exit(2);
            }
        }
        ContractRouter.main(args);
    }
}
