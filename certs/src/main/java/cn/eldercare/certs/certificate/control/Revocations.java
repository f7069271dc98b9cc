package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateStatus;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Revoking a certificate: a status with who, when and why, never a deletion, so verification can say so. */
@ApplicationScoped
public class Revocations {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Transactional
    public Certificate revoke(Caller caller, long id, String reason) {
        Certificate c = em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw DomainException.notFound(Text.of("证书不存在", "No such certificate"));
        }
        CertificateAccess.requireRevoker(caller, c);
        if (c.getStatus() == CertificateStatus.REVOKED) {
            throw DomainException.conflict("ALREADY_REVOKED", Text.of("该证书已撤销", "The certificate is already revoked"));
        }
        if (c.getStatus() == CertificateStatus.SUPERSEDED) {
            throw DomainException.conflict("NOT_CURRENT", Text.of("该版本已被取代，请撤销当前版本",
                    "This version is superseded; revoke the current version"));
        }
        c.revoke(caller.username(), reason, Clock.now());
        audit.record(caller, "CERTIFICATE_REVOKED", "Certificate", id, c.getNumber() + " v" + c.getVersion() + ": " + reason);
        return c;
    }
}
