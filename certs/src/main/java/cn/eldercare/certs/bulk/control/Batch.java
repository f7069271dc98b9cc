package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.certificate.entity.CertificateDraft;
import cn.eldercare.certs.signing.control.SigningKey;

import java.util.List;

/** One batch of a job's cohort after the rules: drafts to render and sign, and the caregivers refused. */
public record Batch(List<CertificateDraft> drafts, SigningKey key, List<JobFailure> refused) {
}
