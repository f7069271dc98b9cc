package cn.eldercare.chaincode.sim;

import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

import java.util.List;

/**
 * The parts of the stub API the time bank does not use and the simulation does not model:
 * private data, chaincode-to-chaincode calls, CouchDB rich queries and key-level endorsement.
 * They fail loudly rather than pretend, so a contract that starts using them is noticed in tests.
 */
abstract class UnsupportedStubFeatures implements ChaincodeStub {

    private static UnsupportedOperationException unsupported(final String feature) {
        return new UnsupportedOperationException(feature + " is not simulated");
    }

    @Override
    public Response invokeChaincode(final String chaincodeName, final List<byte[]> args, final String channel) {
        throw unsupported("invokeChaincode");
    }

    @Override
    public byte[] getStateValidationParameter(final String key) {
        throw unsupported("key-level endorsement");
    }

    @Override
    public void setStateValidationParameter(final String key, final byte[] value) {
        throw unsupported("key-level endorsement");
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(final String query) {
        throw unsupported("rich query");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(final String query,
            final int pageSize, final String bookmark) {
        throw unsupported("rich query");
    }

    @Override
    public byte[] getPrivateData(final String collection, final String key) {
        throw unsupported("private data");
    }

    @Override
    public byte[] getPrivateDataHash(final String collection, final String key) {
        throw unsupported("private data");
    }

    @Override
    public byte[] getPrivateDataValidationParameter(final String collection, final String key) {
        throw unsupported("private data");
    }

    @Override
    public void putPrivateData(final String collection, final String key, final byte[] value) {
        throw unsupported("private data");
    }

    @Override
    public void setPrivateDataValidationParameter(final String collection, final String key, final byte[] value) {
        throw unsupported("private data");
    }

    @Override
    public void delPrivateData(final String collection, final String key) {
        throw unsupported("private data");
    }

    @Override
    public void purgePrivateData(final String collection, final String key) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(final String collection, final String startKey,
            final String endKey) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(final String collection,
            final String compositeKey) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(final String collection,
            final CompositeKey compositeKey) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(final String collection,
            final String objectType, final String... attributes) {
        throw unsupported("private data");
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(final String collection, final String query) {
        throw unsupported("private data");
    }

    @Override
    public SignedProposal getSignedProposal() {
        throw unsupported("the signed proposal");
    }

    @Override
    public byte[] getBinding() {
        throw unsupported("the proposal binding");
    }
}
