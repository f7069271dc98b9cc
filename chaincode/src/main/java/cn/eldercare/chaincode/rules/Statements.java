package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import java.util.ArrayList;
import java.util.List;

import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

import cn.eldercare.chaincode.model.Account;
import cn.eldercare.chaincode.model.Movement;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.state.Json;
import cn.eldercare.chaincode.state.Keys;

/** Balance and statement queries (evaluate only: Fabric allows paged queries in read-only transactions). */
public final class Statements {

    private static final int DEFAULT_PAGE = 20;
    private static final int MAX_PAGE = 200;

    private Statements() {
    }

    public static Results.Balance balance(final TimeBankContext ctx, final Requests.MemberQuery query) {
        Access.requireOwnerOrOfficial(ctx, query.memberId());
        final Account account = Accounts.load(ctx, Members.find(ctx, query.memberId()).memberId());
        return new Results.Balance(account.memberId(), account.balance(), account.deposited(), account.withdrawn(),
                ctx.config().rules().storageCapMinutes());
    }

    /** A member's movements oldest first; the pool's ({@code "@pool"}) for officials. */
    public static Results.Statement statement(final TimeBankContext ctx, final Requests.StatementQuery query) {
        final String account = Checks.present(query.memberId(), "memberId");
        if (Movement.POOL.equals(account)) {
            Access.requireStationOrRegulator(ctx);
        } else {
            Access.requireOwnerOrOfficial(ctx, Members.find(ctx, account).memberId());
        }
        final int pageSize = query.pageSize() == null ? DEFAULT_PAGE : query.pageSize();
        require(pageSize >= 1 && pageSize <= MAX_PAGE, INVALID_ARGUMENT, "pageSize must be 1..%d", MAX_PAGE);
        final List<Movement> movements = new ArrayList<>();
        try (QueryResultsIteratorWithMetadata<KeyValue> page = ctx.getStub().getStateByPartialCompositeKeyWithPagination(
                new CompositeKey(Keys.STATEMENT, account), pageSize,
                query.bookmark() == null ? "" : query.bookmark())) {
            page.forEach(kv -> movements.add(Json.read(kv.getValue(), Movement.class)));
            return new Results.Statement(account, movements, page.getMetadata().getBookmark());
        }
    }

    public static Results.Pool pool(final TimeBankContext ctx) {
        Access.requireStationOrRegulator(ctx);
        return new Results.Pool(ctx.pool().balance());
    }
}
