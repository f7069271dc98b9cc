package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.CertificateJob;
import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.bulk.entity.JobStatus;
import cn.eldercare.certs.certificate.control.Hashes;
import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.testing.CertsFixture;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk issuing over a real database: starting a job for a cohort, running it batch by batch on its own
 * thread with the rules and the renderer refusing some caregivers, the ZIP of the result, and the last
 * check before a batch is recorded.
 */
class BulkJobsTest {

    private static CertsFixture f;
    private static JobRunner runner;

    @BeforeAll
    static void fixture() {
        f = new CertsFixture();
        ManagedThreadFactory threads = threads();
        f.pool.threads = threads;
        f.pool.start();
        runner = new JobRunner();
        runner.threads = threads;
        runner.batches = f.batches;
        runner.preparation = f.preparation;
        runner.pool = f.pool;
        runner.start();
    }

    @AfterAll
    static void close() {
        runner.stop();
        f.pool.stop();
        f.close();
    }

    /** The container's thread factory, as plain threads. */
    private static ManagedThreadFactory threads() {
        return mock(ManagedThreadFactory.class, delegatesTo(Executors.defaultThreadFactory()));
    }

    private record Setup(TrainingBase base, Caller staff, Course course) {
    }

    private static Setup setup() {
        TrainingBase base = f.t.base();
        Caller staff = f.t.staffOf(base);
        return new Setup(base, staff, f.t.course(staff, 20));
    }

    @Test
    void aJobIssuesTheEligibleAndListsTheRefusedWithTheirReasons() throws Exception {
        Setup s = setup();
        Enrolment a = f.eligible(s.staff(), s.course(), "陈静");
        Enrolment b = f.eligible(s.staff(), s.course(), "林涛");
        Enrolment unprintable = f.eligible(s.staff(), s.course(), "王\uD83D\uDE00");
        Enrolment noHours = f.enrolled(s.staff(), s.course(), "黄磊");
        Enrolment already = f.eligible(s.staff(), s.course(), "何静");
        f.issue(s.staff(), already);
        assertEquals(List.of(a.getId(), b.getId(), unprintable.getId(), noHours.getId()), f.tx(() -> f.cohort.pending(s.course().getId())));
        assertEquals(1, f.tx(() -> f.cohort.certified(s.course().getId())));

        CertificateJob job = f.tx(() -> f.jobs.create(s.staff(), s.course().getId()));
        assertEquals(JobStatus.QUEUED, job.getStatus());
        assertEquals(4, job.getTotal());
        f.t.refused(409, "JOB_ACTIVE", () -> f.jobs.create(s.staff(), s.course().getId()));

        runner.submit(job.getId());
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (runner.isActive(job.getId()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(runner.isActive(job.getId()), "the job ended");
        CertificateJob done = f.tx(() -> f.jobs.visible(s.staff(), job.getId()));
        assertEquals(JobStatus.DONE, done.getStatus());
        assertEquals(2, done.getDone());
        assertEquals(2, done.getFailed());
        Map<Long, String> reasons = new LinkedHashMap<>();
        f.tx(() -> f.jobs.failures(job.getId())).forEach(x -> reasons.put(x.getEnrolmentId(), x.getCode()));
        assertEquals(Map.of(unprintable.getId(), "UNPRINTABLE_CHARACTER", noHours.getId(), "HOURS_NOT_MET"), reasons);
        assertEquals(List.of(noHours.getId(), unprintable.getId()).stream().sorted().toList(), f.tx(() -> f.cohort.pending(s.course().getId())));

        Map<String, byte[]> zip = unzip(job.getId());
        List<Certificate> issued = f.tx(() -> f.t.em.createQuery("SELECT c FROM Certificate c WHERE c.jobId = :j ORDER BY c.id",
                Certificate.class).setParameter("j", job.getId()).getResultList());
        assertEquals(2, issued.size());
        for (Certificate c : issued) {
            assertEquals(c.getPdfSha256(), Hashes.sha256(zip.get(c.getNumber() + ".pdf")));
        }
        String manifest = new String(zip.get("manifest.csv"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("陈静") && manifest.contains(issued.get(0).getPdfSha256()), manifest);
        String failures = new String(zip.get("failures.csv"), StandardCharsets.UTF_8);
        assertTrue(failures.contains("HOURS_NOT_MET") && failures.contains("黄磊"), failures);
        assertEquals(4, zip.size());
    }

    @Test
    void whoMayStartAndFollowJobs() {
        Setup s = setup();
        f.t.refused(409, "NOTHING_TO_ISSUE", () -> f.jobs.create(s.staff(), s.course().getId()));
        f.eligible(s.staff(), s.course(), "郭靖");
        Caller stranger = f.t.staffOf(f.t.base());
        f.t.refused(403, "FORBIDDEN", () -> f.jobs.create(stranger, s.course().getId()));
        CertificateJob job = f.tx(() -> f.jobs.create(s.staff(), s.course().getId()));
        f.t.refused(403, "FORBIDDEN", () -> f.jobs.visible(stranger, job.getId()));
        f.t.refused(404, "NOT_FOUND", () -> f.jobs.visible(s.staff(), -1));
        Caller regulator = f.t.regulator();
        assertEquals(job.getId(), f.tx(() -> f.jobs.visible(regulator, job.getId())).getId());
        assertEquals(List.of(job.getId()), f.tx(() -> f.jobs.ofCourse(s.staff(), s.course().getId(), PageRequest.of(0, 10))).items()
                .stream().map(CertificateJob::getId).toList());
        f.t.refused(403, "FORBIDDEN", () -> f.jobs.ofCourse(stranger, s.course().getId(), PageRequest.of(0, 10)));

        CertificateJob orphan = f.tx(() -> f.jobs.closeIfOrphaned(job.getId()));
        assertEquals(JobStatus.FAILED, orphan.getStatus(), "a job no server runs is closed as failed");
        assertEquals(JobStatus.FAILED, f.tx(() -> f.jobs.closeIfOrphaned(job.getId())).getStatus());
    }

    @Test
    void aBatchLeavesOutWhoWasCertifiedOrLeftWhileItWasSigned() {
        Setup s = setup();
        Enrolment keeps = f.eligible(s.staff(), s.course(), "杨过");
        Enrolment byHand = f.eligible(s.staff(), s.course(), "小龙女");
        Enrolment leaves = f.eligible(s.staff(), s.course(), "郭襄");
        CertificateJob job = f.tx(() -> f.jobs.create(s.staff(), s.course().getId()));
        List<Long> pending = f.batches.start(job.getId());
        SigningPool.InFlight inFlight = f.pool.submit(f.preparation.prepare(job.getId(), pending));
        f.issue(s.staff(), byHand);
        f.tx(() -> f.t.enrolments.cancel(s.staff(), leaves.getId()));
        SigningPool.Signed signed = f.pool.collect(job.getId(), inFlight);
        assertEquals(3, signed.certificates().size());
        f.batches.record(job.getId(), signed.certificates(), signed.refused());
        f.batches.finish(job.getId(), JobStatus.DONE);
        Map<Long, String> reasons = new LinkedHashMap<>();
        f.tx(() -> f.jobs.failures(job.getId())).forEach(x -> reasons.put(x.getEnrolmentId(), x.getCode()));
        assertEquals(Map.of(byHand.getId(), "ALREADY_ISSUED", leaves.getId(), "NOT_ENROLLED"), reasons);
        CertificateJob finished = f.tx(() -> f.jobs.visible(s.staff(), job.getId()));
        assertEquals(1, finished.getDone());
        assertEquals(2, finished.getFailed());
        assertEquals(keeps.getId(), f.tx(() -> f.t.em.createQuery("SELECT c.enrolmentId FROM Certificate c WHERE c.jobId = :j", Long.class)
                .setParameter("j", job.getId()).getSingleResult()));
    }

    @Test
    void zipNamesCarryTheVersionOfAReissue() {
        Setup s = setup();
        Certificate first = f.issue(s.staff(), f.eligible(s.staff(), s.course(), "令狐冲"));
        Certificate second = f.tx(() -> f.issuing.reissue(s.staff(), first.getId(), "更正"));
        assertEquals(first.getNumber() + ".pdf", JobZip.fileName(first));
        assertEquals(first.getNumber() + "-v2.pdf", JobZip.fileName(second));
        assertTrue(JobCsv.failures(List.<JobFailure>of()).startsWith("\uFEFF报名编号"), "with the BOM Excel needs");
    }

    private static Map<String, byte[]> unzip(long jobId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.tx(() -> {
            try {
                f.zip.write(jobId, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
