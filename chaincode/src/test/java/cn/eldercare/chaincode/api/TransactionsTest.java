package cn.eldercare.chaincode.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.Test;

import cn.eldercare.chaincode.TimeBankFixture;

/** Each contract method is one of {@link Transactions}, with its name, intent and arguments, and the other way round. */
class TransactionsTest {

    @Test
    void everyTransactionMethodHasItsDescriptorAndEveryDescriptorItsMethod() {
        final Set<String> methods = new TreeSet<>();
        for (final Class<?> contract : TimeBankFixture.CONTRACTS) {
            final String name = contract.getAnnotation(Contract.class).name();
            Arrays.stream(contract.getMethods()).filter(m -> m.isAnnotationPresent(Transaction.class))
                    .forEach(m -> methods.add(name + ":" + m.getName()));
        }
        final Set<String> described = Transactions.ALL.stream().map(Tx::function).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(methods, described);
        assertEquals(Transactions.ALL.size(), described.size(), "a transaction is named twice");
    }

    @Test
    void eachMethodIsSubmittedOrEvaluatedAndTakesAnArgumentAsItsDescriptorSays() {
        for (final Tx<?, ?> tx : Transactions.ALL) {
            final Method method = method(tx);
            assertEquals(tx instanceof Tx.Submit ? Transaction.TYPE.SUBMIT : Transaction.TYPE.EVALUATE,
                    method.getAnnotation(Transaction.class).intent(), tx.function());
            assertEquals(tx.takesRequest() ? 2 : 1, method.getParameterCount(), tx.function());
        }
    }

    private static Method method(final Tx<?, ?> tx) {
        final Class<?> contract = TimeBankFixture.CONTRACTS.stream()
                .filter(c -> c.getAnnotation(Contract.class).name().equals(tx.contract())).findFirst().orElseThrow();
        final Method method = Arrays.stream(contract.getMethods()).filter(m -> m.getName().equals(tx.name()))
                .findFirst().orElse(null);
        assertNotNull(method, tx.function());
        return method;
    }
}
