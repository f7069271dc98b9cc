package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.NumberCounter;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Takes sequence numbers from a counter row locked with PESSIMISTIC_WRITE (SELECT ... FOR UPDATE), in
 * a short transaction of its own: issuers queue on the row only while they take numbers, not while
 * they render and sign. A number whose certificate then fails is not reused: sequences may have gaps,
 * but never collide.
 */
@ApplicationScoped
public class NumberCounters {

    @PersistenceContext
    EntityManager em;

    /** The first of {@code count} consecutive sequence numbers under the prefix. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int reserve(String prefix, int count) {
        NumberCounter counter = em.find(NumberCounter.class, prefix, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new NumberCounter(prefix);
            em.persist(counter);
            // a concurrent first issuer under this prefix fails here on the primary key; Numbering retries
            em.flush();
        }
        int first = counter.take(count);
        if (counter.getLastValue() > CertificateNumbers.MAX_SEQUENCE) {
            throw DomainException.conflict("NUMBERS_EXHAUSTED", Text.of("本机构本年度该等级的证书序号已用完",
                    "The certificate sequence of this body, year and level is exhausted"));
        }
        return first;
    }
}
