package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateDocument;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Reading certificates: one by id, the current one of an enrolment, its PDF, and filtered lists. */
@ApplicationScoped
public class Certificates {

    @PersistenceContext
    EntityManager em;

    public Certificate get(long id) {
        Certificate c = em.find(Certificate.class, id);
        if (c == null) {
            throw DomainException.notFound(Text.of("证书不存在", "No such certificate"));
        }
        return c;
    }

    public Certificate visible(Caller caller, long id) {
        Certificate c = get(id);
        CertificateAccess.requireReader(caller, c);
        return c;
    }

    public Optional<Certificate> current(long enrolmentId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.currentEnrolmentId = :e", Certificate.class)
                .setParameter("e", enrolmentId).getResultList().stream().findFirst();
    }

    public byte[] pdf(Certificate c) {
        return em.find(CertificateDocument.class, c.getId()).getPdf();
    }

    /** Base staff and assessors see their base's certificates, a caregiver their own, the regulator all. */
    public Page<Certificate> list(Caller caller, CertificateFilter f, PageRequest page) {
        Where where = new Where().eq("c.caregiverId", f.caregiverId()).eq("c.courseId", f.courseId()).eq("c.jobId", f.jobId())
                .eq("c.status", f.status()).eq("c.kind", f.kind()).eq("c.number", f.number());
        if (caller.is(Role.CAREGIVER)) {
            where.clause("c.caregiverId = :own", "own", caller.caregiverId());
        } else if (!caller.is(Role.REGULATOR)) {
            where.clause("c.baseId = :base", "base", caller.baseId() == null ? -1L : caller.baseId());
        }
        return where.page(em, "FROM Certificate c", "c", "c.id DESC", Certificate.class, page);
    }
}
