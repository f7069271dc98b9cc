package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateDocument;
import cn.eldercare.certs.certificate.entity.CertificateDraft;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Records an issued certificate version with its signed PDF and its hash, and audits who issued it. */
@ApplicationScoped
public class CertificateRecords {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    /** A signed draft, ready to be recorded. */
    public record Signed(CertificateDraft draft, byte[] pdf) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate record(Caller issuer, CertificateDraft draft, byte[] pdf, String action) {
        return recordAll(issuer, List.of(new Signed(draft, pdf)), action).get(0);
    }

    /**
     * The certificates are written before their documents, with one flush between: the document table
     * refers to the certificate table, which EclipseLink does not know, having no mapping between them.
     * The rest is left to JDBC batching.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Certificate> recordAll(Caller issuer, List<Signed> signed, String action) {
        List<Certificate> certificates = new ArrayList<>();
        for (Signed s : signed) {
            Certificate c = new Certificate(s.draft(), Hashes.sha256(s.pdf()), s.pdf().length);
            em.persist(c);
            certificates.add(c);
        }
        em.flush();
        for (int i = 0; i < signed.size(); i++) {
            Certificate c = certificates.get(i);
            em.persist(new CertificateDocument(c.getId(), signed.get(i).pdf()));
            audit.record(issuer, action, "Certificate", c.getId(), c.getNumber() + " v" + c.getVersion());
        }
        return certificates;
    }
}
