package cn.eldercare.timebank.account.control;

import cn.eldercare.platform.json.Jsonp;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.LedgerRequests;
import cn.eldercare.timebank.ledger.control.Signers;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

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
        JsonObject result = LedgerRequests.result(ledger.get().evaluate(signers.member(caller, me), "members:GetMember",
                Jsonp.PROVIDER.createObjectBuilder().add("memberId", me).build().toString())).asJsonObject();
        return from(result, id -> members.find(id).map(Member::getName).orElse(null));
    }

    /** The relatives in the ledger's GetMember answer, by name (unknown names last). */
    static List<Relative> from(JsonObject getMember, Function<String, String> names) {
        return getMember.getJsonArray("relatives").stream().map(JsonValue::asJsonObject)
                .map(r -> new Relative(r.getString("relativeId"), names.apply(r.getString("relativeId")), r.getString("kinship")))
                .sorted(Comparator.comparing(Relative::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
