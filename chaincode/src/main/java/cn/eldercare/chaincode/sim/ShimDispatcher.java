package cn.eldercare.chaincode.sim;

import java.lang.reflect.Method;
import java.util.List;

import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Serializer;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.contract.execution.ExecutionFactory;
import org.hyperledger.fabric.contract.execution.ExecutionService;
import org.hyperledger.fabric.contract.execution.InvocationRequest;
import org.hyperledger.fabric.contract.execution.JSONTransactionSerializer;
import org.hyperledger.fabric.contract.execution.SerializerInterface;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.TxFunction;
import org.hyperledger.fabric.contract.routing.impl.RoutingRegistryImpl;
import org.hyperledger.fabric.contract.routing.impl.SerializerRegistryImpl;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ResponseUtils;

/**
 * Routes a stub to contract methods with the shim's own routing, argument conversion and
 * execution service, as {@code ContractRouter} does on a peer, so the embedded ledger runs the
 * contracts exactly as deployed. Unlike ContractRouter it registers the given contract classes
 * instead of scanning the class path for them, and it opens no connection.
 */
public final class ShimDispatcher {

    private final RoutingRegistryImpl registry = new RoutingRegistryImpl();
    private final ExecutionService executor;

    /** Thread-safe once built; contract instances are shared by all transactions, as on a peer. */
    @SuppressWarnings("unchecked")
    public ShimDispatcher(final List<Class<? extends ContractInterface>> contracts) {
        for (final Class<? extends ContractInterface> contract : contracts) {
            final ContractDefinition definition = registry.addNewContract((Class<ContractInterface>) contract);
            for (final Method method : contract.getMethods()) {
                if (method.getAnnotation(Transaction.class) != null) {
                    definition.addTxFunction(method);
                }
            }
        }
        executor = ExecutionFactory.getInstance().createExecutionService(new JsonOnly());
    }

    /**
     * The shim's JSON serializer, the only one the contracts use, without the registry's scan of the
     * whole class path for others: in the application's WAR of a hundred jars that scan took seconds
     * of every start (and half a minute on a loaded machine).
     */
    private static final class JsonOnly extends SerializerRegistryImpl {

        private final SerializerInterface json = new JSONTransactionSerializer();

        @Override
        public SerializerInterface getSerializer(final String name, final Serializer.TARGET target) {
            return json;
        }
    }

    /** Runs the transaction named by the stub's first argument ({@code contract:Transaction}). */
    @SuppressWarnings("PMD.AvoidCatchingGenericException")
    public Response invoke(final ChaincodeStub stub) {
        try {
            final InvocationRequest request = ExecutionFactory.getInstance().createRequest(stub);
            final TxFunction function = registry.containsRoute(request)
                    ? registry.getTxFn(request)
                    : registry.getContract(request.getNamespace()).getUnknownRoute();
            return executor.executeRequest(function, request, stub);
        } catch (final Throwable failure) {
            return ResponseUtils.newErrorResponse(failure);
        }
    }
}
