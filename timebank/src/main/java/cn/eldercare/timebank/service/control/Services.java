package cn.eldercare.timebank.service.control;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.RequestIds;
import cn.eldercare.timebank.ledger.control.Signers;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.control.Stations;
import cn.eldercare.timebank.readmodel.entity.ServiceRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Recording and confirming services. The ledger decides (overlaps, self-confirmation, expiry,
 * crediting); this class picks who signs and reads queues from the read model.
 */
@ApplicationScoped
public class Services {

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

    /** A volunteer logs their own service; station staff log one for a volunteer without a phone. */
    public ServiceRecord log(Caller caller, String volunteerId, String recipientId, String categoryCode, Instant start, Instant end,
                          String requestId) {
        String volunteer = caller.is(Role.VOLUNTEER) ? members.idOf(caller) : volunteerId;
        if (volunteer == null) {
            throw DomainException.invalid("volunteerId", Text.of("请指定志愿者", "is required"));
        }
        if (caller.is(Role.STATION_STAFF)) {
            stations.requireOwn(caller, members.get(volunteer));
        }
        LedgerIdentity signer = caller.is(Role.VOLUNTEER) ? signers.volunteer(volunteer)
                : signers.station(caller.username(), stations.of(caller).getId());
        return ledger.get().submit(signer, Transactions.SUBMIT_SERVICE,
                new Requests.SubmitService(RequestIds.orNew(requestId), volunteer, recipientId, categoryCode, start, end));
    }

    /** The recipient confirms what they received; station staff confirm for a recipient without a phone. */
    public Results.Confirmation confirm(Caller caller, String recordId, int rating, String comment, String requestId) {
        LedgerIdentity signer = caller.is(Role.RECIPIENT) ? signers.recipient(members.idOf(caller))
                : signers.station(caller.username(), stations.of(caller).getId());
        if (caller.is(Role.STATION_STAFF)) {
            ServiceRecord record = ledger.get().evaluate(signer, Transactions.GET_SERVICE_RECORD, new Requests.RecordQuery(recordId));
            stations.requireOwn(caller, members.get(record.recipientId()));
        }
        return ledger.get().submit(signer, Transactions.CONFIRM_SERVICE,
                new Requests.ConfirmService(RequestIds.orNew(requestId), recordId, rating, comment));
    }

    /** Pending records: a station's queue, or those waiting for a recipient's or volunteer's own answer. */
    public Page<ServiceRow> pending(Caller caller, PageRequest page) {
        Where where = new Where().eq("s.status", "PENDING");
        switch (caller.role()) {
            case STATION_STAFF -> where.clause("EXISTS (SELECT m.memberId FROM Member m WHERE m.stationId = :station"
                    + " AND (m.memberId = s.recipientId OR m.memberId = s.volunteerId))", "station", stations.of(caller).getId());
            case RECIPIENT -> where.eq("s.recipientId", members.idOf(caller));
            case VOLUNTEER -> where.eq("s.volunteerId", members.idOf(caller));
            case REGULATOR -> { }
            default -> throw DomainException.forbidden(Text.of("无权查看", "Not allowed"));
        }
        return where.page(em, "FROM ServiceRow s", "s", "s.expiresAt, s.recordId", ServiceRow.class, page);
    }
}
