package cn.eldercare.timebank.member.control;

import cn.eldercare.account.control.Accounts;
import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.identity.ResidentIdNumber;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.pii.PiiProtector;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.PasswordHasher;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.LedgerRequests;
import cn.eldercare.timebank.ledger.control.Signers;
import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.training.caregiver.control.IdNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Joining the time bank: personal data stays in the database, the ledger gets the pseudonymous member.
 * The ledger call runs inside the database transaction with a request id derived from the member,
 * so a refusal writes nothing and a retry after a failed commit is answered from the ledger's receipt.
 */
@ApplicationScoped
public class Members {

    @PersistenceContext
    EntityManager em;
    @Inject
    IdNumbers idNumbers;
    @Inject
    PiiProtector pii;
    @Inject
    MemberIds memberIds;
    @Inject
    LedgerHolder ledger;
    @Inject
    Signers signers;
    @Inject
    Accounts accounts;
    @Inject
    AuditTrail audit;

    @Transactional
    public Member register(Caller actor, Long stationId, Registration r) {
        ResidentIdNumber id = idNumbers.parse("idNumber", r.idNumber());
        String memberId = memberIds.of(id);
        if (em.find(Member.class, memberId) != null) {
            throw DomainException.conflict("MEMBER_EXISTS", Text.of("此人已加入时间银行", "This person is already a member"));
        }
        Member m = new Member(memberId, r.name(), pii.encrypt(id.value()), id.masked(), id.birthDate(), r.regionCode(), r.phone(),
                stationId, actor.username());
        em.persist(m);
        LedgerIdentity signer = actor.is(Role.STATION_STAFF) ? signers.station(actor.username(), stationId) : signers.volunteer(memberId);
        if (r.volunteer()) {
            ledger.get().submit(signer, "members:RegisterVolunteer", join("join-v-", m, null));
            m.becomeVolunteer();
        }
        if (r.recipient()) {
            ledger.get().submit(signer, "members:RegisterRecipient", join("join-r-", m, r.priority()));
            m.becomeRecipient();
        }
        if (r.username() != null) {
            UserAccount account = accounts.create(new UserAccount(r.username(), PasswordHasher.hash(r.password().toCharArray()),
                    r.volunteer() ? Role.VOLUNTEER : Role.RECIPIENT, r.name(), null, null));
            m.linkAccount(account.getId());
        }
        em.flush();
        audit.record(actor, "MEMBER_JOINED", "Member", 0, memberId + (r.volunteer() ? " volunteer" : "") + (r.recipient() ? " recipient" : ""));
        return m;
    }

    private static String join(String requestPrefix, Member m, String priority) {
        var body = LedgerRequests.request(requestPrefix + m.getMemberId()).add("memberId", m.getMemberId())
                .add("birthDate", m.getBirthDate().toString()).add("regionCode", m.getRegionCode());
        if (m.getStationId() != null) {
            body.add("stationId", m.getStationId().toString());
        }
        if (priority != null) {
            body.add("priority", priority);
        }
        return body.build().toString();
    }

    public Member get(String memberId) {
        Member m = em.find(Member.class, memberId);
        if (m == null) {
            throw DomainException.notFound(Text.of("成员不存在", "No such member"));
        }
        return m;
    }

    public Optional<Member> find(String memberId) {
        return Optional.ofNullable(em.find(Member.class, memberId));
    }

    /** The names of those of {@code memberIds} who are members here; ids of anything else are simply absent. */
    public Map<String, String> names(Collection<String> memberIds) {
        return em.createQuery("SELECT m.memberId, m.name FROM Member m WHERE m.memberId IN :ids", Object[].class)
                .setParameter("ids", memberIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    /**
     * Recipients a volunteer may log a service for, by name: only those of the volunteer's own station,
     * as the volunteer serves there and should learn nothing of other stations' people.
     */
    public Page<Member> recipientsFor(Caller volunteer, String name, PageRequest page) {
        Long station = of(volunteer).getStationId();
        if (station == null) {
            throw DomainException.forbidden(Text.of("您尚未加入服务站", "You belong to no service station"));
        }
        return new Where().always("m.recipient = TRUE").eq("m.stationId", station).like("m.name", name)
                .page(em, "FROM Member m", "m", "m.name, m.memberId", Member.class, page);
    }

    /** The member behind a volunteer's or recipient's sign-in account. */
    public Member of(Caller caller) {
        return em.createQuery("SELECT m FROM Member m WHERE m.userId = :u", Member.class).setParameter("u", caller.userId())
                .getResultList().stream().findFirst()
                .orElseThrow(() -> DomainException.forbidden(Text.of("此账户未关联时间银行成员", "This account is not a time-bank member")));
    }
}
