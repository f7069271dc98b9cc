package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.bulk.entity.JobStatus;
import cn.eldercare.certs.certificate.control.CertificateRecords;
import cn.eldercare.certs.certificate.entity.CertificateDraft;
import cn.eldercare.certs.document.control.CertificateDocuments;
import cn.eldercare.platform.problem.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs bulk jobs one at a time on a container-managed thread, batch by batch, rendering and signing
 * each batch on one thread per core. One job at a time keeps a large cohort from starving the
 * server's request threads of CPU; a second job waits as QUEUED.
 */
@ApplicationScoped
public class JobRunner {

    static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;
    @Inject
    CohortBatches batches;
    @Inject
    CertificateDocuments documents;

    private final Set<Long> active = ConcurrentHashMap.newKeySet();
    private ExecutorService jobs;
    private ExecutorService renderers;

    @PostConstruct
    void start() {
        jobs = Executors.newSingleThreadExecutor(threads);
        renderers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), threads);
    }

    @PreDestroy
    void stop() {
        jobs.shutdownNow();
        renderers.shutdownNow();
    }

    public void submit(long jobId) {
        active.add(jobId);
        jobs.submit(() -> run(jobId));
    }

    /** Whether this server is running (or about to run) the job. */
    public boolean isActive(long jobId) {
        return active.contains(jobId);
    }

    /** A batch being rendered and signed on the pool while the job thread gets on with the database. */
    private record InFlight(Batch batch, List<Future<byte[]>> pdfs) {
    }

    /**
     * Pipelined: while the pool renders and signs one batch, the job thread records the previous batch and
     * prepares the next, so the cores are not idle during the database work of each batch.
     */
    private void run(long jobId) {
        try {
            List<Long> pending = batches.start(jobId);
            InFlight previous = null;
            for (int from = 0; from < pending.size(); from += BATCH) {
                InFlight current = render(batches.prepare(jobId, pending.subList(from, Math.min(from + BATCH, pending.size()))));
                if (previous != null) {
                    record(jobId, previous);
                }
                previous = current;
            }
            if (previous != null) {
                record(jobId, previous);
            }
            batches.finish(jobId, JobStatus.DONE);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "bulk job {0} broke off: {1}", new Object[]{jobId, e.toString()});
            batches.finish(jobId, JobStatus.FAILED);
        } finally {
            active.remove(jobId);
        }
    }

    private InFlight render(Batch batch) {
        List<Future<byte[]>> pdfs = new ArrayList<>();
        for (CertificateDraft d : batch.drafts()) {
            pdfs.add(renderers.submit(() -> documents.signed(d, batch.key())));
        }
        return new InFlight(batch, pdfs);
    }

    /** Waits for the batch's PDFs; one that could not be rendered (an unprintable name) is a failure, not a broken job. */
    private void record(long jobId, InFlight f) {
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
        batches.record(jobId, signed, refused);
    }
}
