package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.JobStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs bulk jobs one at a time on a container-managed thread, batch by batch. One job at a time keeps a
 * large cohort from starving the request threads of CPU; a second job waits as QUEUED.
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
    BatchPreparation preparation;
    @Inject
    SigningPool pool;

    private final Set<Long> active = ConcurrentHashMap.newKeySet();
    private ExecutorService jobs;

    @PostConstruct
    void start() {
        jobs = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stop() {
        jobs.shutdownNow();
    }

    public void submit(long jobId) {
        active.add(jobId);
        jobs.submit(() -> run(jobId));
    }

    /** Whether this server is running (or about to run) the job. */
    public boolean isActive(long jobId) {
        return active.contains(jobId);
    }

    /**
     * Pipelined: while the pool renders and signs one batch, this thread records the previous batch and
     * prepares the next, so the cores are not idle during each batch's database work.
     */
    private void run(long jobId) {
        try {
            List<Long> pending = batches.start(jobId);
            SigningPool.InFlight previous = null;
            for (int from = 0; from < pending.size(); from += BATCH) {
                SigningPool.InFlight current = pool.submit(preparation.prepare(jobId, pending.subList(from, Math.min(from + BATCH, pending.size()))));
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

    private void record(long jobId, SigningPool.InFlight batch) {
        SigningPool.Signed signed = pool.collect(jobId, batch);
        batches.record(jobId, signed.certificates(), signed.refused());
    }
}
