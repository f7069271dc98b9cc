package cn.eldercare.certs.bulk.boundary;

import cn.eldercare.certs.bulk.entity.CertificateJob;
import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.bulk.entity.JobStatus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** A bulk job's progress: done + failed of total, with a reason for every failure. */
public record JobView(long id, long courseId, long baseId, JobStatus status, int total, int done, int failed, int skipped,
                      String requestedBy, OffsetDateTime requestedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                      List<Failure> failures) {

    public record Failure(long enrolmentId, String holderName, String code, String reason) {
    }

    public static JobView of(CertificateJob j, List<JobFailure> failures, Locale locale) {
        return new JobView(j.getId(), j.getCourseId(), j.getBaseId(), j.getStatus(), j.getTotal(), j.getDone(), j.getFailed(),
                j.getSkipped(), j.getRequestedBy(), j.getRequestedAt(), j.getStartedAt(), j.getFinishedAt(),
                failures.stream().map(f -> new Failure(f.getEnrolmentId(), f.getHolderName(), f.getCode(), f.getReason().in(locale)))
                        .toList());
    }
}
