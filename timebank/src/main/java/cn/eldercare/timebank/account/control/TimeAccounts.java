package cn.eldercare.timebank.account.control;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.LedgerRequests;
import cn.eldercare.timebank.ledger.control.Signers;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.control.Stations;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import cn.eldercare.timebank.readmodel.entity.MovementRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    public JsonValue redeem(Caller caller, String beneficiaryId, String categoryCode, long minutes, String requestId) {
        String me = members.idOf(caller);
        var request = LedgerRequests.request(requestId).add("memberId", me).add("categoryCode", categoryCode).add("minutes", minutes);
        if (beneficiaryId != null) {
            request.add("beneficiaryId", beneficiaryId);
        }
        return move(caller, "accounts:Redeem", me, request.build().toString());
    }

    public JsonValue gift(Caller caller, String relativeId, long minutes, String requestId) {
        String me = members.idOf(caller);
        return move(caller, "accounts:Gift", me, LedgerRequests.request(requestId).add("memberId", me).add("counterpartyId", relativeId)
                .add("minutes", minutes).build().toString());
    }

    public JsonValue donate(Caller caller, long minutes, String requestId) {
        String me = members.idOf(caller);
        return move(caller, "accounts:Donate", me, LedgerRequests.request(requestId).add("memberId", me).add("minutes", minutes).build().toString());
    }

    public JsonValue issueFromFund(Caller regulator, String memberId, long minutes, String reason, String requestId) {
        return LedgerRequests.result(ledger.get().submit(signers.regulator(regulator.username()), "accounts:IssueFromFund",
                LedgerRequests.request(requestId).add("memberId", memberId).add("minutes", minutes).add("reason", reason).build().toString()));
    }

    public JsonValue recordRelative(Caller staff, String memberId, String relativeId, String kinship, String requestId) {
        stations.requireOwn(staff, members.get(memberId));
        return LedgerRequests.result(ledger.get().submit(signers.station(staff.username(), stations.of(staff).getId()), "members:RecordRelative",
                LedgerRequests.request(requestId).add("memberId", memberId).add("relativeId", relativeId).add("kinship", kinship)
                        .build().toString()));
    }

    private JsonValue move(Caller caller, String function, String me, String request) {
        return LedgerRequests.result(ledger.get().submit(signers.member(caller, me), function, request));
    }
}
