package cn.eldercare.app.it;

import cn.eldercare.app.it.CertificateJourneyIT.Setup;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Certificate fixtures of the authorization matrix, all at the 郑州 base: certificates of one trained
 * cohort (one of them the demo caregiver's), trained enrolments still waiting for one, and a finished
 * bulk job. Allowed calls that change a certificate each take one of their own, so none meets
 * another's change.
 */
final class MatrixCertificates {

    private static final String STAFF = "zz-staff";

    /** The demo caregiver's certificate: read, downloaded and verified by the matrix. */
    static JsonObject mine;
    /** A valid certificate for the refused revoke and re-issue calls. */
    static long target;
    /** One valid certificate for each allowed revocation (base staff, regulator). */
    static final List<Long> toRevoke = new ArrayList<>();
    /** The current version of the certificate re-issued by the allowed call; each re-issue moves it on. */
    static long reissued;
    /** Trained enrolments without a certificate: one for the allowed issue, one for the refused calls. */
    static long toIssue;
    static long notIssued;
    static byte[] minePdf;
    /** A course with a finished bulk job, and that job. */
    static long jobCourse;
    static long job;
    /** A course whose cohort waits for a bulk job, for the refused calls that would start one. */
    static long waitingCourse;

    private MatrixCertificates() {
    }

    static void create(long myCaregiver) {
        long course = Setup.course("YLHLY", 5, 10);
        List<Long> cohort = new ArrayList<>();
        cohort.add(Setup.enrol(course, myCaregiver));
        for (int i = 0; i < 6; i++) {
            cohort.add(Setup.enrol(course, World.newCaregiver(STAFF, "矩阵持证人")));
        }
        Setup.attend(course, cohort, 180);
        for (long e : cohort) {
            Setup.score(e, "THEORY", 80);
            Setup.score(e, "SKILL", 75);
        }
        mine = issue(cohort.get(0));
        target = Setup.id(issue(cohort.get(1)));
        toRevoke.add(Setup.id(issue(cohort.get(2))));
        toRevoke.add(Setup.id(issue(cohort.get(3))));
        reissued = Setup.id(issue(cohort.get(4)));
        toIssue = cohort.get(5);
        notIssued = cohort.get(6);
        minePdf = Setup.download(STAFF, "/api/certificates/" + Setup.id(mine) + "/pdf");

        jobCourse = untrainedCohort();
        Api.Reply started = Api.post(STAFF, "/api/courses/" + jobCourse + "/certificate-jobs", null);
        assertEquals(202, started.status(), started::toString);
        job = Setup.id(started.json());
        awaitEnd(job);
        waitingCourse = untrainedCohort();
    }

    static JsonObject issue(long enrolment) {
        Api.Reply r = Api.post(STAFF, "/api/certificates", Json.createObjectBuilder().add("enrolmentId", enrolment).build());
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    /** A course with one enrolled caregiver and no certificate: a bulk job for it runs and records one failure. */
    static long untrainedCohort() {
        long course = Setup.course("YLHLY", 5, 5);
        Setup.enrol(course, World.newCaregiver(STAFF, "矩阵批量学员"));
        return course;
    }

    static Api.Reply revokeAs(String user, long id) {
        return Api.post(user, "/api/certificates/" + id + "/revoke", Setup.reason("矩阵测试撤销"));
    }

    /** Re-issues the current version; when allowed, the new version becomes the one the next call re-issues. */
    static Api.Reply reissueAs(String user, boolean allowed) {
        Api.Reply r = Api.post(user, "/api/certificates/" + (allowed ? reissued : target) + "/reissue", Setup.reason("矩阵测试重新颁发"));
        if (r.status() == 201) {
            reissued = Setup.id(r.json());
        }
        return r;
    }

    private static void awaitEnd(long id) {
        for (int i = 0; i < 600; i++) {
            String status = Api.get(STAFF, "/api/certificate-jobs/" + id).json().getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                assertEquals("DONE", status);
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("bulk job " + id + " did not end");
    }
}
