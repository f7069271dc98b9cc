package cn.eldercare.chaincode.contract;

import java.util.Map;
import java.util.TreeMap;

import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

import cn.eldercare.chaincode.model.Member;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.rules.Access;
import cn.eldercare.chaincode.rules.Members;
import cn.eldercare.chaincode.rules.Relatives;
import cn.eldercare.chaincode.rules.TimeBankContext;
import cn.eldercare.chaincode.state.Json;

/** Volunteers, recipients, their relatives and the blacklist. */
@Contract(name = "members", info = @Info(title = "Time bank: members", version = "1.0.0"))
public final class MemberContract implements TimeBankContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RegisterVolunteer(final TimeBankContext ctx, final String request) {
        final Requests.RegisterVolunteer req = Json.read(request, Requests.RegisterVolunteer.class);
        return Idempotency.once(ctx, req, () -> Members.registerVolunteer(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RegisterRecipient(final TimeBankContext ctx, final String request) {
        final Requests.RegisterRecipient req = Json.read(request, Requests.RegisterRecipient.class);
        return Idempotency.once(ctx, req, () -> Members.registerRecipient(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RecordRelative(final TimeBankContext ctx, final String request) {
        final Requests.RecordRelative req = Json.read(request, Requests.RecordRelative.class);
        return Idempotency.once(ctx, req, () -> Relatives.record(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String SetMemberStatus(final TimeBankContext ctx, final String request) {
        final Requests.SetMemberStatus req = Json.read(request, Requests.SetMemberStatus.class);
        return Idempotency.once(ctx, req, () -> Members.setStatus(ctx, req));
    }

    /** The member and their registered relatives. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetMember(final TimeBankContext ctx, final String request) {
        final Requests.MemberQuery query = Json.read(request, Requests.MemberQuery.class);
        Access.requireOwnerOrOfficial(ctx, query.memberId());
        final Member member = Members.find(ctx, query.memberId());
        final Map<String, Object> result = new TreeMap<>();
        result.put("member", member);
        result.put("relatives", Relatives.of(ctx, member.memberId()));
        return Json.write(result);
    }
}
