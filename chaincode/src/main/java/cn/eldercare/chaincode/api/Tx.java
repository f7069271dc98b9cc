package cn.eldercare.chaincode.api;

import java.lang.reflect.Type;

import com.google.gson.reflect.TypeToken;

import cn.eldercare.chaincode.model.Requests.Idempotent;
import cn.eldercare.chaincode.state.Json;

/**
 * One transaction of the contract as both sides see it: its name, the type of its one JSON
 * argument and of its JSON result, and whether it is submitted or evaluated. The contract reads
 * requests and writes results with it, the service writes requests and reads results with it,
 * both through {@link Json}, so they cannot disagree on a name or a shape without failing to compile.
 *
 * @param <Q> the request; {@link Void} for the queries that take no argument
 * @param <R> the result
 */
public abstract sealed class Tx<Q, R> permits Tx.Submit, Tx.Evaluate {

    private final String contract;
    private final String name;
    private final Class<Q> request;
    private final Type result;

    private Tx(final String contract, final String name, final Class<Q> request, final Type result) {
        this.contract = contract;
        this.name = name;
        this.request = request;
        this.result = result;
    }

    /** The contract's name ({@code services}), as in its {@code @Contract} annotation. */
    public String contract() {
        return contract;
    }

    /** The transaction's name ({@code ConfirmService}), the name of the contract's method. */
    public String name() {
        return name;
    }

    /** What Fabric calls: {@code services:ConfirmService}. */
    public String function() {
        return contract + ":" + name;
    }

    /** Whether the transaction takes an argument at all (three queries take none). */
    public boolean takesRequest() {
        return request != Void.class;
    }

    /** The transaction's arguments: the request as JSON, or none. */
    public String[] arguments(final Q value) {
        return takesRequest() ? new String[] {Json.write(value)} : new String[0];
    }

    /** The contract reads its argument; malformed JSON is the caller's fault (INVALID_ARGUMENT). */
    public Q request(final String json) {
        return takesRequest() ? Json.read(json, request) : null;
    }

    public String writeResult(final R value) {
        return Json.write(value);
    }

    public R readResult(final String json) {
        return Json.read(json, result);
    }

    @Override
    public String toString() {
        return function();
    }

    /** A transaction that changes the ledger: ordered and committed, retried safely by its requestId. */
    public static final class Submit<Q extends Idempotent, R> extends Tx<Q, R> {
        Submit(final String contract, final String name, final Class<Q> request, final Type result) {
            super(contract, name, request, result);
        }
    }

    /** A query of committed state; nothing is written. */
    public static final class Evaluate<Q, R> extends Tx<Q, R> {
        Evaluate(final String contract, final String name, final Class<Q> request, final Type result) {
            super(contract, name, request, result);
        }
    }

    static <Q extends Idempotent, R> Submit<Q, R> submit(final String contract, final String name, final Class<Q> request,
            final Class<R> result) {
        return new Submit<>(contract, name, request, result);
    }

    static <Q extends Idempotent, R> Submit<Q, R> submit(final String contract, final String name, final Class<Q> request,
            final TypeToken<R> result) {
        return new Submit<>(contract, name, request, result.getType());
    }

    static <Q, R> Evaluate<Q, R> evaluate(final String contract, final String name, final Class<Q> request,
            final Class<R> result) {
        return new Evaluate<>(contract, name, request, result);
    }

    static <Q, R> Evaluate<Q, R> evaluate(final String contract, final String name, final Class<Q> request,
            final TypeToken<R> result) {
        return new Evaluate<>(contract, name, request, result.getType());
    }
}
