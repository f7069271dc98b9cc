package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.training.base.entity.TrainingBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Certificate numbers for a base, kind, year and level, taken a block at a time. */
@ApplicationScoped
public class Numbering {

    @Inject
    NumberCounters counters;

    public List<String> take(CertificateKind kind, TrainingBase base, LocalDate issuedOn, int level, int count) {
        String prefix = CertificateNumbers.prefix(kind, base.getBodyType(),
                CertificateNumbers.body(base.getBodyCode(), base.getProvinceCode(), base.getSiteCode()), issuedOn.getYear(), level);
        int first;
        try {
            first = counters.reserve(prefix, count);
        } catch (PersistenceException | TransactionalException e) {
            // two first issuers raced to create the counter row: it exists now, so the second try locks it
            first = counters.reserve(prefix, count);
        }
        return IntStream.range(first, first + count).mapToObj(s -> CertificateNumbers.number(prefix, s)).toList();
    }
}
