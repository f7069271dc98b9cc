package cn.eldercare.timebank.account.control;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.Signers;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A member's own direct relatives. The ledger is the record of who is whose relative (stations record them
 * there); the names come from this database, and are null for a relative registered elsewhere.
 */
@ApplicationScoped
public class Relatives {

    /** What {@code memberId} is to the caller: PARENT, GRANDPARENT, CHILD or GRANDCHILD. */
    public record Relative(String memberId, String name, String kinship) {
    }

    @Inject
    LedgerHolder ledger;
    @Inject
    Signers signers;
    @Inject
    Members members;

    /** Signed as the caller, so the ledger itself answers only for the caller's own relatives. */
    public List<Relative> of(Caller caller) {
        String me = members.of(caller).getMemberId();
        Results.MemberRelatives result = ledger.get().evaluate(signers.member(caller, me), Transactions.GET_MEMBER,
                new Requests.MemberQuery(me));
        return from(result, id -> members.find(id).map(Member::getName).orElse(null));
    }

    /** The relatives in the ledger's GetMember answer, by name (unknown names last). */
    static List<Relative> from(Results.MemberRelatives getMember, Function<String, String> names) {
        return getMember.relatives().stream()
                .map(r -> new Relative(r.relativeId(), names.apply(r.relativeId()), r.kinship().name()))
                .sorted(Comparator.comparing(Relative::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
