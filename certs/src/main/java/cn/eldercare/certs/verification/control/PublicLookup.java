package cn.eldercare.certs.verification.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The three ways the public finds a certificate: number with the holder's name (as on the national
 * query site: numbers are sequential, so the number alone must not reveal who holds it), the
 * unguessable code of one version, or the hash of one version's PDF.
 */
@ApplicationScoped
public class PublicLookup {

    @PersistenceContext
    EntityManager em;

    /** The latest version under the number, if its holder has that name. */
    public Optional<Certificate> byNumber(String number, String holderName) {
        return latest(number).filter(c -> c.getPrinted().holderName().equals(holderName.strip()));
    }

    public Optional<Certificate> byCode(String code) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.verificationCode = :code", Certificate.class)
                .setParameter("code", code).getResultList().stream().findFirst();
    }

    public Optional<Certificate> byHash(String sha256) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.pdfSha256 = :h", Certificate.class)
                .setParameter("h", sha256).getResultList().stream().findFirst();
    }

    public Optional<Certificate> latest(String number) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.number = :n ORDER BY c.version DESC", Certificate.class)
                .setParameter("n", number).setMaxResults(1).getResultList().stream().findFirst();
    }
}
