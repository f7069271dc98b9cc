package cn.eldercare.chaincode.api;

import java.util.List;

import com.google.gson.reflect.TypeToken;

import cn.eldercare.chaincode.model.Category;
import cn.eldercare.chaincode.model.LedgerConfig;
import cn.eldercare.chaincode.model.Member;
import cn.eldercare.chaincode.model.Relation;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.model.ServiceRecord;

/**
 * Every transaction of the time-bank contract, named once. The contracts' {@code @Transaction}
 * methods are named as these are (a test checks that each has its method and no method lacks one),
 * read their requests and write their results through them; the service calls the ledger with
 * them. Names and JSON shapes are the ledger's wire format: peers, blocks already written and the
 * chaincode deployed on Fabric depend on them, so they never change (pinned by a test).
 */
public final class Transactions {

    public static final String ADMIN = "admin";
    public static final String MEMBERS = "members";
    public static final String SERVICES = "services";
    public static final String ACCOUNTS = "accounts";

    // admin: ledger set-up, rules, catalogue, revocation

    public static final Tx.Submit<Requests.Init, LedgerConfig> INIT_LEDGER =
            Tx.submit(ADMIN, "InitLedger", Requests.Init.class, LedgerConfig.class);
    public static final Tx.Submit<Requests.SetRules, LedgerConfig> SET_RULES =
            Tx.submit(ADMIN, "SetRules", Requests.SetRules.class, LedgerConfig.class);
    public static final Tx.Evaluate<Void, LedgerConfig> GET_CONFIG =
            Tx.evaluate(ADMIN, "GetConfig", Void.class, LedgerConfig.class);
    public static final Tx.Submit<Requests.PutCategory, Category> PUT_CATEGORY =
            Tx.submit(ADMIN, "PutCategory", Requests.PutCategory.class, Category.class);
    public static final Tx.Submit<Requests.RevokeIdentity, Results.Revocation> REVOKE_IDENTITY =
            Tx.submit(ADMIN, "RevokeIdentity", Requests.RevokeIdentity.class, Results.Revocation.class);
    public static final Tx.Evaluate<Void, List<Category>> LIST_CATEGORIES =
            Tx.evaluate(ADMIN, "ListCategories", Void.class, new TypeToken<List<Category>>() { });

    // members: registration, relatives, the blacklist

    public static final Tx.Submit<Requests.RegisterVolunteer, Member> REGISTER_VOLUNTEER =
            Tx.submit(MEMBERS, "RegisterVolunteer", Requests.RegisterVolunteer.class, Member.class);
    public static final Tx.Submit<Requests.RegisterRecipient, Member> REGISTER_RECIPIENT =
            Tx.submit(MEMBERS, "RegisterRecipient", Requests.RegisterRecipient.class, Member.class);
    /** Both directions of the relation, as stored. */
    public static final Tx.Submit<Requests.RecordRelative, List<Relation>> RECORD_RELATIVE =
            Tx.submit(MEMBERS, "RecordRelative", Requests.RecordRelative.class, new TypeToken<List<Relation>>() { });
    public static final Tx.Submit<Requests.SetMemberStatus, Member> SET_MEMBER_STATUS =
            Tx.submit(MEMBERS, "SetMemberStatus", Requests.SetMemberStatus.class, Member.class);
    public static final Tx.Evaluate<Requests.MemberQuery, Results.MemberRelatives> GET_MEMBER =
            Tx.evaluate(MEMBERS, "GetMember", Requests.MemberQuery.class, Results.MemberRelatives.class);

    // services: recording, confirmation, cancellation, expiry, audit

    public static final Tx.Submit<Requests.CheckIn, ServiceRecord> CHECK_IN =
            Tx.submit(SERVICES, "CheckIn", Requests.CheckIn.class, ServiceRecord.class);
    public static final Tx.Submit<Requests.RecordAction, ServiceRecord> CHECK_OUT =
            Tx.submit(SERVICES, "CheckOut", Requests.RecordAction.class, ServiceRecord.class);
    public static final Tx.Submit<Requests.SubmitService, ServiceRecord> SUBMIT_SERVICE =
            Tx.submit(SERVICES, "SubmitService", Requests.SubmitService.class, ServiceRecord.class);
    public static final Tx.Submit<Requests.ConfirmService, Results.Confirmation> CONFIRM_SERVICE =
            Tx.submit(SERVICES, "ConfirmService", Requests.ConfirmService.class, Results.Confirmation.class);
    public static final Tx.Submit<Requests.RecordAction, ServiceRecord> CANCEL_SERVICE =
            Tx.submit(SERVICES, "CancelService", Requests.RecordAction.class, ServiceRecord.class);
    public static final Tx.Submit<Requests.RecordAction, ServiceRecord> EXPIRE_SERVICE =
            Tx.submit(SERVICES, "ExpireService", Requests.RecordAction.class, ServiceRecord.class);
    public static final Tx.Evaluate<Requests.RecordQuery, ServiceRecord> GET_SERVICE_RECORD =
            Tx.evaluate(SERVICES, "GetServiceRecord", Requests.RecordQuery.class, ServiceRecord.class);
    /** Every committed version of a record, newest first. */
    public static final Tx.Evaluate<Requests.RecordQuery, List<Results.RecordVersion>> GET_SERVICE_RECORD_HISTORY =
            Tx.evaluate(SERVICES, "GetServiceRecordHistory", Requests.RecordQuery.class,
                    new TypeToken<List<Results.RecordVersion>>() { });

    // accounts: balances, statements, spending, the pool and the fund

    public static final Tx.Evaluate<Requests.MemberQuery, Results.Balance> GET_BALANCE =
            Tx.evaluate(ACCOUNTS, "GetBalance", Requests.MemberQuery.class, Results.Balance.class);
    public static final Tx.Evaluate<Requests.StatementQuery, Results.Statement> GET_STATEMENT =
            Tx.evaluate(ACCOUNTS, "GetStatement", Requests.StatementQuery.class, Results.Statement.class);
    public static final Tx.Submit<Requests.Redeem, Results.Movements> REDEEM =
            Tx.submit(ACCOUNTS, "Redeem", Requests.Redeem.class, Results.Movements.class);
    public static final Tx.Submit<Requests.Transfer, Results.Movements> GIFT =
            Tx.submit(ACCOUNTS, "Gift", Requests.Transfer.class, Results.Movements.class);
    public static final Tx.Submit<Requests.Transfer, Results.Movements> DONATE =
            Tx.submit(ACCOUNTS, "Donate", Requests.Transfer.class, Results.Movements.class);
    public static final Tx.Submit<Requests.Transfer, Results.Movements> ISSUE_FROM_FUND =
            Tx.submit(ACCOUNTS, "IssueFromFund", Requests.Transfer.class, Results.Movements.class);
    public static final Tx.Submit<Requests.Transfer, Results.Movements> GRANT_FROM_POOL =
            Tx.submit(ACCOUNTS, "GrantFromPool", Requests.Transfer.class, Results.Movements.class);
    public static final Tx.Evaluate<Void, Results.Pool> GET_POOL =
            Tx.evaluate(ACCOUNTS, "GetPool", Void.class, Results.Pool.class);
    public static final Tx.Evaluate<Requests.TotalsQuery, Results.Totals> GET_TOTALS =
            Tx.evaluate(ACCOUNTS, "GetTotals", Requests.TotalsQuery.class, Results.Totals.class);

    /** All of them, in the order above. */
    public static final List<Tx<?, ?>> ALL = List.of(INIT_LEDGER, SET_RULES, GET_CONFIG, PUT_CATEGORY, REVOKE_IDENTITY,
            LIST_CATEGORIES, REGISTER_VOLUNTEER, REGISTER_RECIPIENT, RECORD_RELATIVE, SET_MEMBER_STATUS, GET_MEMBER,
            CHECK_IN, CHECK_OUT, SUBMIT_SERVICE, CONFIRM_SERVICE, CANCEL_SERVICE, EXPIRE_SERVICE, GET_SERVICE_RECORD,
            GET_SERVICE_RECORD_HISTORY, GET_BALANCE, GET_STATEMENT, REDEEM, GIFT, DONATE, ISSUE_FROM_FUND,
            GRANT_FROM_POOL, GET_POOL, GET_TOTALS);

    private Transactions() {
    }
}
