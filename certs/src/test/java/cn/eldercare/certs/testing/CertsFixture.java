package cn.eldercare.certs.testing;

import cn.eldercare.certs.bulk.control.BatchPreparation;
import cn.eldercare.certs.bulk.control.BatchRecorder;
import cn.eldercare.certs.bulk.control.Batch;
import cn.eldercare.certs.bulk.control.BulkJobs;
import cn.eldercare.certs.bulk.control.Cohort;
import cn.eldercare.certs.bulk.control.CohortBatches;
import cn.eldercare.certs.bulk.control.JobZip;
import cn.eldercare.certs.bulk.control.SigningPool;
import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.bulk.entity.JobStatus;
import cn.eldercare.certs.certificate.control.CertificateDrafts;
import cn.eldercare.certs.certificate.control.CertificateRecords;
import cn.eldercare.certs.certificate.control.Certificates;
import cn.eldercare.certs.certificate.control.Issuing;
import cn.eldercare.certs.certificate.control.NumberCounters;
import cn.eldercare.certs.certificate.control.Numbering;
import cn.eldercare.certs.certificate.control.Revocations;
import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.document.control.CertificateDocuments;
import cn.eldercare.certs.signing.control.SigningKeys;
import cn.eldercare.certs.verification.control.DocumentCheck;
import cn.eldercare.certs.verification.control.PublicLookup;
import cn.eldercare.platform.config.Secrets;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.testing.Beans;
import cn.eldercare.testing.TestDatabase;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.assessment.entity.AssessmentPart;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The certificate beans wired by hand on top of {@link TrainingFixture}, over a database with the
 * certificate tables (persistence unit {@code eldercare-certs-test}) and a PKI directory of its own
 * where the CA and the bases' keys are generated, as the embedded default does. The bulk-job steps that
 * the job thread calls are wrapped in transactions, as the container's {@code @Transactional} would.
 */
public final class CertsFixture implements AutoCloseable {

    public static final String UNIT = "eldercare-certs-test";
    private static TestDatabase shared;

    public final TrainingFixture t;
    public final Path dataDir;
    public final MapConfig config;
    public final Secrets secrets = new Secrets();
    public final SigningKeys keys = new SigningKeys();
    public final Certificates certificates = new Certificates();
    public final CertificateDrafts drafts = new CertificateDrafts();
    public final NumberCounters counters = new NumberCounters();
    public final Numbering numbering = new Numbering();
    public final CertificateDocuments documents = new CertificateDocuments();
    public final CertificateRecords records = new CertificateRecords();
    public final Issuing issuing = new Issuing();
    public final Revocations revocations = new Revocations();
    public final PublicLookup lookup = new PublicLookup();
    public final DocumentCheck documentCheck = new DocumentCheck();
    public final Cohort cohort = new Cohort();
    public final BulkJobs jobs = new BulkJobs();
    public final JobZip zip = new JobZip();
    public final BatchRecorder recorder = new BatchRecorder();
    public final SigningPool pool = new SigningPool();
    public final CohortBatches batches = new CohortBatches() {
        @Override
        public List<Long> start(long jobId) {
            return required(() -> super.start(jobId));
        }

        @Override
        public void record(long jobId, List<CertificateRecords.Signed> signed, List<JobFailure> refused) {
            required(() -> {
                super.record(jobId, signed, refused);
                return null;
            });
        }

        @Override
        public void finish(long jobId, JobStatus outcome) {
            required(() -> {
                super.finish(jobId, outcome);
                return null;
            });
        }
    };
    public final BatchPreparation preparation = new BatchPreparation() {
        @Override
        public Batch prepare(long jobId, List<Long> enrolmentIds) {
            return required(() -> super.prepare(jobId, enrolmentIds));
        }
    };

    public CertsFixture() {
        this(shared());
    }

    public CertsFixture(TestDatabase db) {
        t = new TrainingFixture(db);
        try {
            dataDir = Files.createTempDirectory("certs-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config = new MapConfig(Map.of("data.dir", dataDir.toString(), "certs.pki.password", "test-only"));
        Beans.wire(t.em, t.pii, t.audit, t.occupations, t.bases, t.courses, t.waitlist, Beans.events(t.waitlist), t.enrolments, t.idNumbers, t.caregivers,
                t.history, t.assessments, t.attendance, config, secrets, keys, certificates, drafts, counters, numbering, documents,
                records, issuing, revocations, lookup, documentCheck, cohort, jobs, zip, recorder, pool, batches, preparation);
    }

    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = TestDatabase.create(UNIT);
        }
        return shared;
    }

    public <T> T tx(Supplier<T> work) {
        return t.tx(work);
    }

    /** Joins the transaction under way, or runs in one of its own, as {@code @Transactional} (REQUIRED) does. */
    public <T> T required(Supplier<T> work) {
        return t.em.getTransaction().isActive() ? work.get() : t.tx(work);
    }

    /** A caregiver enrolled in the course who attended its standard hours and passed theory and skill. */
    public Enrolment eligible(Caller staff, Course course, String name) {
        Enrolment e = enrolled(staff, course, name);
        attend(staff, course, e);
        pass(course, e);
        return e;
    }

    public Enrolment enrolled(Caller staff, Course course, String name) {
        long caregiver = t.caregiver(staff, name).getId();
        return tx(() -> t.enrolments.enrol(staff, course.getId(), caregiver));
    }

    /** A session of the learner's own (one topic per learner: a second session under the same day and topic is refused). */
    public void attend(Caller staff, Course course, Enrolment e) {
        tx(() -> t.attendance.record(staff, course.getId(), LocalDate.now().minusDays(1), course.getStandardHours() * 60,
                "课 " + e.getId(), List.of(e.getId())));
    }

    public void pass(Course course, Enrolment e) {
        TrainingBase base = tx(() -> t.bases.get(course.getBaseId()));
        Caller assessor = t.assessorOf(base);
        tx(() -> t.assessments.enter(assessor, e.getId(), AssessmentPart.THEORY, 80, null));
        tx(() -> t.assessments.enter(assessor, e.getId(), AssessmentPart.SKILL, 75, null));
    }

    public Certificate issue(Caller staff, Enrolment e) {
        return tx(() -> issuing.issue(staff, e.getId()));
    }

    public byte[] pdf(Certificate c) {
        return tx(() -> certificates.pdf(certificates.get(c.getId())));
    }

    @Override
    public void close() {
        t.close();
    }
}
