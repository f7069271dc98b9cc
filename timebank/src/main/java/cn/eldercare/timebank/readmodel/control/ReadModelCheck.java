package cn.eldercare.timebank.readmodel.control;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.Signers;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares the read model with the ledger, account by account: balance, deposited and withdrawn,
 * and the number of statement movements (so a chaincode event the read model missed shows up even
 * where the amounts happen to cancel out), then the ledger's total of all accounts against the read
 * model's (so an account the read model never heard of shows up too). The pool ({@code @pool}) is
 * not a member's account and is left to the ledger's own conservation check. After a crash, once the read
 * model has caught up, every mismatch is a lost or doubled event.
 */
@ApplicationScoped
public class ReadModelCheck {

    private static final int PAGE = 200;

    @PersistenceContext
    EntityManager em;
    @Inject
    LedgerHolder ledger;
    @Inject
    Signers signers;

    public record Mismatch(String account, String field, long ledger, long readModel) {
    }

    public record Report(int accounts, long movements, long ledgerAccountsTotal, long readModelAccountsTotal,
                         List<Mismatch> mismatches) {

        public boolean consistent() {
            return mismatches.isEmpty() && ledgerAccountsTotal == readModelAccountsTotal;
        }
    }

    public Report run(String who) {
        LedgerIdentity regulator = signers.regulator(who);
        List<AccountRow> rows = em.createQuery("SELECT a FROM AccountRow a WHERE a.memberId NOT LIKE '@%' ORDER BY a.memberId",
                AccountRow.class).getResultList();
        Map<String, Long> counted = em.createQuery("SELECT m.account, COUNT(m) FROM MovementRow m GROUP BY m.account", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
        List<Mismatch> mismatches = new ArrayList<>();
        long movements = 0;
        long readModelTotal = 0;
        for (AccountRow row : rows) {
            String id = row.getMemberId();
            Results.Balance balance = ledger.get().evaluate(regulator, Transactions.GET_BALANCE, new Requests.MemberQuery(id));
            compare(mismatches, id, "balance", balance.balance(), row.getBalance());
            compare(mismatches, id, "deposited", balance.deposited(), row.getDeposited());
            compare(mismatches, id, "withdrawn", balance.withdrawn(), row.getWithdrawn());
            long onLedger = statementLength(regulator, id);
            compare(mismatches, id, "movements", onLedger, counted.getOrDefault(id, 0L));
            movements += onLedger;
            readModelTotal += row.getBalance();
        }
        Results.Totals totals = ledger.get().evaluate(regulator, Transactions.GET_TOTALS, new Requests.TotalsQuery(null, null));
        long ledgerTotal = totals.accounts() != null ? totals.accounts() : 0;
        return new Report(rows.size(), movements, ledgerTotal, readModelTotal, mismatches);
    }

    private long statementLength(LedgerIdentity regulator, String account) {
        long length = 0;
        String bookmark = null;
        do {
            Results.Statement page = ledger.get().evaluate(regulator, Transactions.GET_STATEMENT,
                    new Requests.StatementQuery(account, PAGE, bookmark));
            length += page.movements().size();
            bookmark = page.bookmark() == null ? "" : page.bookmark();
        } while (!bookmark.isEmpty());
        return length;
    }

    private static void compare(List<Mismatch> mismatches, String account, String field, long onLedger, long inReadModel) {
        if (onLedger != inReadModel) {
            mismatches.add(new Mismatch(account, field, onLedger, inReadModel));
        }
    }
}
