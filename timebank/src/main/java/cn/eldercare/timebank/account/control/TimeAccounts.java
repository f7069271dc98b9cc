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

    public Page<MovementRow> statement(String memberId, PageRequest page) {
        return new Where().eq("m.account", memberId).page(em, "FROM MovementRow m", "m", "m.at DESC, m.id DESC", MovementRow.class, page);
    }

    public JsonValue redeem(Caller caller, String beneficiaryId, String categoryCode, long minutes, String requestId) {
        String me = members.of(caller).getMemberId();
        var request = LedgerRequests.request(requestId).add("memberId", me).add("categoryCode", categoryCode).add("minutes", minutes);
        if (beneficiaryId != null) {
            request.add("beneficiaryId", beneficiaryId);
        }
        return move(caller, "accounts:Redeem", me, request.build().toString());
    }

    public JsonValue gift(Caller caller, String relativeId, long minutes, String requestId) {
        String me = members.of(caller).getMemberId();
        return move(caller, "accounts:Gift", me, LedgerRequests.request(requestId).add("memberId", me).add("counterpartyId", relativeId)
                .add("minutes", minutes).build().toString());
    }

    public JsonValue donate(Caller caller, long minutes, String requestId) {
        String me = members.of(caller).getMemberId();
        return move(caller, "accounts:Donate", me, LedgerRequests.request(requestId).add("memberId", me).add("minutes", minutes).build().toString());
    }

    public JsonValue issueFromFund(Caller regulator, String memberId, long minutes, String reason, String requestId) {
        return LedgerRequests.result(ledger.get().submit(signers.regulator(regulator.username()), "accounts:IssueFromFund",
                LedgerRequests.request(requestId).add("memberId", memberId).add("minutes", minutes).add("reason", reason).build().toString()));
    }

    public JsonValue recordRelative(Caller staff, String memberId, String relativeId, String kinship, String requestId) {
        stations.requireOwn(staff, members.get(memberId));
        return LedgerRequests.result(ledger.get().submit(signers.station(staff.username()), "members:RecordRelative",
                LedgerRequests.request(requestId).add("memberId", memberId).add("relativeId", relativeId).add("kinship", kinship)
                        .build().toString()));
    }

    private JsonValue move(Caller caller, String function, String me, String request) {
        return LedgerRequests.result(ledger.get().submit(signers.member(caller, me), function, request));
    }
}
