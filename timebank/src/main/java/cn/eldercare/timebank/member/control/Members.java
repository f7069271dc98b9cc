package cn.eldercare.timebank.member.control;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.model.Requests;
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
import cn.eldercare.platform.security.Passwords;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.Signers;
import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.timebank.member.entity.MemberStatus;
import cn.eldercare.platform.pii.IdNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Joining the time bank: personal data stays in the database, the ledger gets the pseudonymous member.
 * Station staff register people directly; a volunteer who applies on their own waits, with an account
 * that cannot sign in, until staff of the chosen station approve them, and only then reaches the ledger.
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
    Passwords passwords;
    @Inject
    AuditTrail audit;
    @Inject
    Stations stations;

    private final Cache<Long, String> activeMemberIds = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(10)).build();

    @Transactional
    public Member register(Caller actor, Long stationId, Registration r) {
        ResidentIdNumber id = idNumbers.parse("idNumber", r.idNumber());
        String memberId = memberIds.of(id);
        if (em.find(Member.class, memberId) != null) {
            throw DomainException.conflict("MEMBER_EXISTS", Text.of("此人已加入时间银行", "This person is already a member"));
        }
        Member m = newMember(memberId, id, r, stationId, actor);
        em.persist(m);
        LedgerIdentity signer = actor.is(Role.STATION_STAFF) ? signers.station(actor.username(), stationId) : signers.volunteer(memberId);
        enter(m, r, signer);
        if (r.username() != null) {
            UserAccount account = accounts.create(new UserAccount(r.username(), passwords.hash(r.password().toCharArray()),
                    r.volunteer() ? Role.VOLUNTEER : Role.RECIPIENT, r.name(), null, null));
            m.linkAccount(account.getId());
        }
        em.flush();
        audit.record(actor, "MEMBER_JOINED", "Member", 0, memberId + (r.volunteer() ? " volunteer" : "") + (r.recipient() ? " recipient" : ""));
        return m;
    }

    /**
     * A volunteer's own application (with an account). Whether or not the person is already a member, the
     * outcome looks the same from outside, a pending account, so that applying reveals nothing about
     * anyone's ID number; an application for an existing member creates no member and is only audited.
     */
    @Transactional
    public void apply(Long stationId, Registration r) {
        ResidentIdNumber id = idNumbers.parse("idNumber", r.idNumber());
        String memberId = memberIds.of(id);
        UserAccount account = accounts.create(new UserAccount(r.username(), passwords.hash(r.password().toCharArray()),
                Role.VOLUNTEER, r.name(), null, null).awaitingApproval());
        em.flush();
        Caller applicant = account.asCaller();
        if (em.find(Member.class, memberId) != null) {
            audit.record(applicant, "MEMBER_APPLIED_AGAIN", "Member", 0, memberId);
            return;
        }
        Member m = newMember(memberId, id, r, stationId, applicant);
        m.awaitApproval();
        m.linkAccount(account.getId());
        em.persist(m);
        audit.record(applicant, "MEMBER_APPLIED", "Member", 0, memberId);
    }

    /** Station staff approve an application to their station: the volunteer reaches the ledger and may sign in. */
    @Transactional
    public Member approve(Caller staff, String memberId) {
        Member m = pendingAt(staff, memberId);
        enter(m, new Registration(m.getName(), null, null, m.getRegionCode(), true, false, null, null, null),
                signers.station(staff.username(), m.getStationId()));
        m.approve();
        accounts.decideApplication(staff, m.getUserId(), true, null);
        audit.record(staff, "MEMBER_APPROVED", "Member", 0, memberId);
        return m;
    }

    /** Station staff turn an application down, with the reason; the applicant's personal data is not kept. */
    @Transactional
    public void reject(Caller staff, String memberId, String reason) {
        Member m = pendingAt(staff, memberId);
        accounts.decideApplication(staff, m.getUserId(), false, reason);
        em.remove(m);
        audit.record(staff, "MEMBER_REJECTED", "Member", 0, memberId + ": " + reason);
    }

    private Member pendingAt(Caller staff, String memberId) {
        Member m = get(memberId);
        stations.requireOwn(staff, m);
        if (m.getStatus() != MemberStatus.PENDING) {
            throw DomainException.conflict("NOT_PENDING", Text.of("该成员不在待审核状态", "This member awaits no approval"));
        }
        return m;
    }

    private Member newMember(String memberId, ResidentIdNumber id, Registration r, Long stationId, Caller by) {
        return new Member(memberId, r.name(), pii.encrypt(id.value()), id.masked(), id.birthDate(), r.regionCode(),
                r.phone() == null ? null : pii.encrypt(r.phone()), stationId, by.username());
    }

    /** The member's phone number in clear, for those who may see the member. */
    public String phone(Member m) {
        return m.getPhoneCipher() == null ? null : pii.decrypt(m.getPhoneCipher());
    }

    /** Writes the member to the ledger in the roles asked for. */
    private void enter(Member m, Registration r, LedgerIdentity signer) {
        if (r.volunteer()) {
            ledger.get().submit(signer, Transactions.REGISTER_VOLUNTEER, new Requests.RegisterVolunteer("join-v-" + m.getMemberId(),
                    m.getMemberId(), m.getBirthDate(), m.getRegionCode(), homeStation(m)));
            m.becomeVolunteer();
        }
        if (r.recipient()) {
            ledger.get().submit(signer, Transactions.REGISTER_RECIPIENT, new Requests.RegisterRecipient("join-r-" + m.getMemberId(),
                    m.getMemberId(), m.getBirthDate(), m.getRegionCode(), r.priority(), homeStation(m)));
            m.becomeRecipient();
        }
    }

    private static String homeStation(Member m) {
        return m.getStationId() == null ? null : m.getStationId().toString();
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
     * The recipients a volunteer has served before (any service record of theirs in the read model), by
     * name: a volunteer learns of an elder only through their own work, never from a list of the station.
     */
    public Page<Member> recipientsFor(Caller volunteer, String name, PageRequest page) {
        return new Where().always("m.recipient = TRUE").like("m.name", name)
                .clause("m.memberId IN (SELECT s.recipientId FROM ServiceRow s WHERE s.volunteerId = :me)", "me", of(volunteer).getMemberId())
                .page(em, "FROM Member m", "m", "m.name, m.memberId", Member.class, page);
    }

    /**
     * A recipient of the volunteer's own station, to serve them the first time: only by their full name and
     * full ID number together (the elder shows their ID card), so nobody can be found without both.
     * Every miss looks the same.
     */
    public Member recipientByIdentity(Caller volunteer, String name, String rawIdNumber) {
        DomainException miss = DomainException.notFound(Text.of("未找到该服务对象，请核对姓名和身份证号",
                "No such recipient; check the name and the ID number"));
        Long station = of(volunteer).getStationId();
        if (station == null) {
            throw miss;
        }
        ResidentIdNumber id = idNumbers.parse("idNumber", rawIdNumber);
        return find(memberIds.of(id))
                .filter(m -> m.isRecipient() && m.getStatus() == MemberStatus.ACTIVE && name.strip().equals(m.getName())
                        && station.equals(m.getStationId()))
                .orElseThrow(() -> miss);
    }

    /** The member behind a volunteer's or recipient's sign-in account. */
    public Member of(Caller caller) {
        return em.createQuery("SELECT m FROM Member m WHERE m.userId = :u AND m.status = :active", Member.class)
                .setParameter("u", caller.userId()).setParameter("active", MemberStatus.ACTIVE)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> DomainException.forbidden(Text.of("此账户未关联时间银行成员", "This account is not a time-bank member")));
    }

    /**
     * The member id of a signed-in member, for the requests that need only that (logging a service,
     * moving minutes), from a small cache: an account's member never changes, and a deactivated
     * account is refused before it gets here. Only active members are cached.
     */
    public String idOf(Caller caller) {
        return activeMemberIds.get(caller.userId(), user -> of(caller).getMemberId());
    }
}
