package cn.eldercare.timebank.account.control;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.api.Tx;
import cn.eldercare.chaincode.model.Kinship;
import cn.eldercare.chaincode.model.Relation;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.RequestIds;
import cn.eldercare.timebank.ledger.control.Signers;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.control.Stations;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import cn.eldercare.timebank.readmodel.entity.MovementRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A member's minutes: balances and statements come from the read model (fast at any size), moves
 * go to the ledger signed by the member, which enforces age, threshold, relatives and balance.
 */
@ApplicationScoped
public class TimeAccounts {

    @PersistenceContext
    EntityManager em;
    @Inject
    LedgerHolder ledger;
    @Inject
    Signers signers;
    @Inject
    Members members;
    @Inject
    Stations stations;

    public AccountRow balance(String memberId) {
        AccountRow row = em.find(AccountRow.class, memberId);
        return row == null ? new AccountRow(memberId) : row;
    }

    /** One line of a statement with the counterparty's name, null when the counterparty is no member known here (the pool, the fund, another district's member). */
    public record Line(MovementRow movement, String counterpartyName) {
    }

    public Page<Line> statement(String memberId, PageRequest page) {
        Page<MovementRow> rows = new Where().eq("m.account", memberId)
                .page(em, "FROM MovementRow m", "m", "m.at DESC, m.id DESC", MovementRow.class, page);
        return named(rows, members::names);
    }

    /** Looks the page's counterparties up in one query. */
    static Page<Line> named(Page<MovementRow> rows, Function<Set<String>, Map<String, String>> names) {
        Set<String> counterparties = rows.items().stream().map(MovementRow::getCounterparty).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> known = counterparties.isEmpty() ? Map.of() : names.apply(counterparties);
        return rows.map(m -> new Line(m, m.getCounterparty() == null ? null : known.get(m.getCounterparty())));
    }

    public Results.Movements redeem(Caller caller, String beneficiaryId, String categoryCode, long minutes, String requestId) {
        String me = members.idOf(caller);
        return move(caller, me, Transactions.REDEEM,
                new Requests.Redeem(RequestIds.orNew(requestId), me, beneficiaryId, categoryCode, minutes));
    }

    public Results.Movements gift(Caller caller, String relativeId, long minutes, String requestId) {
        String me = members.idOf(caller);
        return move(caller, me, Transactions.GIFT, new Requests.Transfer(RequestIds.orNew(requestId), me, relativeId, minutes, null));
    }

    public Results.Movements donate(Caller caller, long minutes, String requestId) {
        String me = members.idOf(caller);
        return move(caller, me, Transactions.DONATE, new Requests.Transfer(RequestIds.orNew(requestId), me, null, minutes, null));
    }

    public Results.Movements issueFromFund(Caller regulator, String memberId, long minutes, String reason, String requestId) {
        return ledger.get().submit(signers.regulator(regulator.username()), Transactions.ISSUE_FROM_FUND,
                new Requests.Transfer(RequestIds.orNew(requestId), memberId, null, minutes, reason));
    }

    /** Both directions of the relation, as the ledger stores them. */
    public List<Relation> recordRelative(Caller staff, String memberId, String relativeId, Kinship kinship, String requestId) {
        stations.requireOwn(staff, members.get(memberId));
        return ledger.get().submit(signers.station(staff.username(), stations.of(staff).getId()), Transactions.RECORD_RELATIVE,
                new Requests.RecordRelative(RequestIds.orNew(requestId), memberId, relativeId, kinship));
    }

    /** Signed as the member (or their station's clerk acting for them). */
    private <Q extends Requests.Idempotent> Results.Movements move(Caller caller, String me, Tx.Submit<Q, Results.Movements> tx, Q request) {
        return ledger.get().submit(signers.member(caller, me), tx, request);
    }
}
