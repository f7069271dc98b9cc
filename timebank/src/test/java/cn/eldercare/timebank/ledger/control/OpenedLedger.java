package cn.eldercare.timebank.ledger.control;

import cn.eldercare.testing.Beans;
import jakarta.enterprise.concurrent.ContextService;

import java.util.function.Consumer;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A {@link LedgerHolder} opened outside the container over a given ledger: it initialises a new ledger as at start-up. */
public final class OpenedLedger {

    private OpenedLedger() {
    }

    public static LedgerHolder over(Ledger ledger, Signers signers, LedgerFollower follower) {
        LedgerHolder holder = new LedgerHolder();
        holder.factory = mock(LedgerFactory.class);
        when(holder.factory.open()).thenReturn(ledger);
        holder.signers = signers;
        holder.applier = follower;
        holder.opened = Beans.events();
        holder.contexts = withoutContainer();
        holder.open();
        return holder;
    }

    /** Outside the container there is no context to capture: the applier runs as it is. */
    @SuppressWarnings("unchecked")
    public static ContextService withoutContainer() {
        ContextService contexts = mock(ContextService.class);
        when(contexts.contextualConsumer(any(Consumer.class))).thenAnswer(call -> call.getArgument(0));
        return contexts;
    }
}
