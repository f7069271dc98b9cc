package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateDraft;
import cn.eldercare.certs.document.control.CertificateDocuments;
import cn.eldercare.certs.signing.control.SigningKeys;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.training.enrolment.entity.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Issuing one certificate, and re-issuing one as a new version of the same number. Both lock the
 * enrolment first, so two staff pressing the button at once get one certificate, and both check the
 * rules again: a re-issue is not a way around them.
 */
@ApplicationScoped
public class Issuing {

    @PersistenceContext
    EntityManager em;
    @Inject
    Certificates certificates;
    @Inject
    CertificateDrafts drafts;
    @Inject
    Numbering numbering;
    @Inject
    CertificateDocuments documents;
    @Inject
    SigningKeys keys;
    @Inject
    CertificateRecords records;
    @Inject
    AuditTrail audit;

    @Transactional
    public Certificate issue(Caller staff, long enrolmentId) {
        Candidate c = drafts.candidate(lockEnrolment(enrolmentId));
        CertificateAccess.requireIssuer(staff, c.base().getId());
        if (certificates.current(enrolmentId).isPresent()) {
            throw DomainException.conflict("ALREADY_ISSUED", Text.of("该学员本课程的证书已颁发；如需更正请重新颁发",
                    "A certificate for this enrolment exists; re-issue it to correct it"));
        }
        eligible(c);
        Provenance p = Provenance.first(staff.username(), Clock.now(), null);
        String number = numbering.take(CertificateDrafts.kindOf(c), c.base(), p.issuedOn(), c.course().getLevel(), 1).get(0);
        return sign(staff, c, number, p, "CERTIFICATE_ISSUED");
    }

    @Transactional
    public Certificate reissue(Caller staff, long certificateId, String reason) {
        Certificate old = certificates.get(certificateId);
        Candidate c = drafts.candidate(lockEnrolment(old.getEnrolmentId()));
        em.refresh(old, LockModeType.PESSIMISTIC_WRITE);
        CertificateAccess.requireIssuer(staff, old.getBaseId());
        if (!old.isCurrent()) {
            throw DomainException.conflict("NOT_CURRENT", Text.of("该版本已被取代，只能重新颁发当前版本",
                    "This version is superseded; only the current version can be re-issued"));
        }
        Provenance p = Provenance.reissue(staff.username(), Clock.now(), old);
        eligible(c);
        old.supersede(p.issuedAt());
        em.flush();
        Certificate fresh = sign(staff, c, old.getNumber(), p, "CERTIFICATE_REISSUED");
        old.succeededBy(fresh.getId());
        audit.record(staff, "CERTIFICATE_SUPERSEDED", "Certificate", old.getId(), old.getNumber() + " v" + old.getVersion() + ": " + reason);
        return fresh;
    }

    private Certificate sign(Caller staff, Candidate c, String number, Provenance p, String action) {
        CertificateDraft draft = drafts.draft(c, number, p);
        return records.record(staff, draft, documents.signed(draft, keys.forBase(c.base())), action);
    }

    private void eligible(Candidate c) {
        List<RuleFailure> failures = drafts.failures(c);
        if (!failures.isEmpty()) {
            throw IssueRules.refusal(failures);
        }
    }

    private Enrolment lockEnrolment(long id) {
        Enrolment e = em.find(Enrolment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw DomainException.notFound(Text.of("报名记录不存在", "No such enrolment"));
        }
        return e;
    }
}
