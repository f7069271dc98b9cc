package cn.eldercare.certs.statistics.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateStatus;
import cn.eldercare.certs.certificate.entity.PrintedData;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/**
 * The lists a bureau needs to pay training and assessment subsidies: holders of valid certificates
 * by subsidy category, in an issue-date range. The system pays nothing; it only produces the lists.
 */
@ApplicationScoped
public class SubsidyLists {

    @PersistenceContext
    EntityManager em;

    public Page<SubsidyRow> list(SubsidyCategory category, LocalDate from, LocalDate to, Long baseId, PageRequest page) {
        return new Where().eq("c.status", CertificateStatus.VALID).eq("c.subsidyCategory", category).eq("c.baseId", baseId)
                .clause("c.printed.issuedOn >= :from", "from", from).clause("c.printed.issuedOn <= :to", "to", to)
                .page(em, "FROM Certificate c", "c", "c.subsidyCategory, c.printed.issuedOn, c.id", Certificate.class, page)
                .map(SubsidyLists::row);
    }

    private static SubsidyRow row(Certificate c) {
        PrintedData p = c.getPrinted();
        return new SubsidyRow(c.getSubsidyCategory(), p.holderName(), p.idNumberMasked(), p.occupationName(), p.levelName(),
                c.getNumber(), p.issuedOn(), p.baseName(), p.courseTitle());
    }
}
