package cn.eldercare.chaincode.contract;

import static cn.eldercare.chaincode.api.Transactions.GET_MEMBER;
import static cn.eldercare.chaincode.api.Transactions.RECORD_RELATIVE;
import static cn.eldercare.chaincode.api.Transactions.REGISTER_RECIPIENT;
import static cn.eldercare.chaincode.api.Transactions.REGISTER_VOLUNTEER;
import static cn.eldercare.chaincode.api.Transactions.SET_MEMBER_STATUS;

import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.model.Member;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.rules.Access;
import cn.eldercare.chaincode.rules.Members;
import cn.eldercare.chaincode.rules.Relatives;
import cn.eldercare.chaincode.rules.TimeBankContext;

/** Volunteers, recipients, their relatives and the blacklist. */
@Contract(name = Transactions.MEMBERS, info = @Info(title = "Time bank: members", version = "1.0.0"))
public final class MemberContract implements TimeBankContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RegisterVolunteer(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, REGISTER_VOLUNTEER, request, Members::registerVolunteer);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RegisterRecipient(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, REGISTER_RECIPIENT, request, Members::registerRecipient);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RecordRelative(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, RECORD_RELATIVE, request, Relatives::record);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String SetMemberStatus(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, SET_MEMBER_STATUS, request, Members::setStatus);
    }

    /** The member and their registered relatives. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetMember(final TimeBankContext ctx, final String request) {
        return Handle.evaluate(ctx, GET_MEMBER, request, (c, query) -> {
            Access.requireOwnerOrOfficial(c, query.memberId());
            final Member member = Members.find(c, query.memberId());
            return new Results.MemberRelatives(member, Relatives.of(c, member.memberId()));
        });
    }
}
