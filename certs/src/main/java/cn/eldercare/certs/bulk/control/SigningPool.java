package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.certificate.control.CertificateRecords;
import cn.eldercare.certs.certificate.entity.CertificateDraft;
import cn.eldercare.certs.document.control.CertificateDocuments;
import cn.eldercare.platform.problem.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders and signs a batch's certificates on one container-managed thread per core: the work is all
 * CPU, so more threads would only queue. A certificate that cannot be rendered (a name the font cannot
 * print) becomes a failure of that caregiver, not of the job.
 */
@ApplicationScoped
public class SigningPool {

    /** A batch being rendered while the job thread does other work. */
    public record InFlight(Batch batch, List<Future<byte[]>> pdfs) {
    }

    /** A rendered batch: the signed certificates, and everyone refused by the rules or the renderer. */
    public record Signed(List<CertificateRecords.Signed> certificates, List<JobFailure> refused) {
    }

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;
    @Inject
    CertificateDocuments documents;

    private ExecutorService renderers;

    @PostConstruct
    void start() {
        renderers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), threads);
    }

    @PreDestroy
    void stop() {
        renderers.shutdownNow();
    }

    public InFlight submit(Batch batch) {
        List<Future<byte[]>> pdfs = new ArrayList<>();
        for (CertificateDraft d : batch.drafts()) {
            pdfs.add(renderers.submit(() -> documents.signed(d, batch.key())));
        }
        return new InFlight(batch, pdfs);
    }

    public Signed collect(long jobId, InFlight f) {
        List<JobFailure> refused = new ArrayList<>(f.batch().refused());
        List<CertificateRecords.Signed> signed = new ArrayList<>();
        for (int i = 0; i < f.pdfs().size(); i++) {
            CertificateDraft d = f.batch().drafts().get(i);
            try {
                signed.add(new CertificateRecords.Signed(d, f.pdfs().get(i).get()));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof DomainException refusal)) {
                    throw new IllegalStateException("rendering failed", e.getCause());
                }
                refused.add(CohortBatches.fault(jobId, d, refusal.code(), refusal.text()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return new Signed(signed, refused);
    }
}
