package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A job's result as one ZIP: every certificate's PDF, named by its number, a manifest with each file's
 * SHA-256, and the caregivers refused with the reason. Streamed a page of PDFs at a time, so a cohort
 * of thousands never sits in memory. PDFs are compressed already, hence the fastest deflate level.
 */
@ApplicationScoped
public class JobZip {

    private static final int PAGE = 50;

    @PersistenceContext
    EntityManager em;
    @Inject
    BulkJobs jobs;

    public void write(long jobId, OutputStream out) throws IOException {
        List<Certificate> issued = em.createQuery("SELECT c FROM Certificate c WHERE c.jobId = :j ORDER BY c.id", Certificate.class)
                .setParameter("j", jobId).getResultList();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        for (int from = 0; from < issued.size(); from += PAGE) {
            List<Certificate> page = issued.subList(from, Math.min(from + PAGE, issued.size()));
            Map<Long, byte[]> pdfs = em.createQuery("SELECT d FROM CertificateDocument d WHERE d.certificateId IN :ids",
                            CertificateDocument.class).setParameter("ids", page.stream().map(Certificate::getId).toList())
                    .getResultStream().collect(Collectors.toMap(CertificateDocument::getCertificateId, CertificateDocument::getPdf));
            for (Certificate c : page) {
                zip.putNextEntry(new ZipEntry(fileName(c)));
                zip.write(pdfs.get(c.getId()));
                zip.closeEntry();
            }
            em.clear();
        }
        entry(zip, "manifest.csv", JobCsv.manifest(issued, JobZip::fileName));
        entry(zip, "failures.csv", JobCsv.failures(jobs.failures(jobId)));
        zip.finish();
    }

    static String fileName(Certificate c) {
        return c.getNumber() + (c.getVersion() > 1 ? "-v" + c.getVersion() : "") + ".pdf";
    }

    private static void entry(ZipOutputStream zip, String name, String csv) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(csv.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
