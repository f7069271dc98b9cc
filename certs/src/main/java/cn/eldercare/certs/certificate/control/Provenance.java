package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.Certificate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Who issues a certificate version and when, and what it follows: a first issue (maybe by a bulk job) or a re-issue. */
public record Provenance(String issuedBy, OffsetDateTime issuedAt, int version, Long supersedesId, Long jobId) {

    /** Issue dates and number years follow the calendar in China, wherever the server runs. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static Provenance first(String issuedBy, OffsetDateTime at, Long jobId) {
        return new Provenance(issuedBy, at, 1, null, jobId);
    }

    public static Provenance reissue(String issuedBy, OffsetDateTime at, Certificate previous) {
        return new Provenance(issuedBy, at, previous.getVersion() + 1, previous.getId(), null);
    }

    public LocalDate issuedOn() {
        return issuedAt.atZoneSameInstant(CHINA).toLocalDate();
    }
}
