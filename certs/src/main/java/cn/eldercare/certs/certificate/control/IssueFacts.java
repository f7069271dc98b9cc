package cn.eldercare.certs.certificate.control;

import cn.eldercare.training.assessment.control.AssessmentOutcome;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;

/** What the issuing rules look at, gathered from the enrolment, its course and its base. */
public record IssueFacts(int level, EnrolmentStatus enrolmentStatus, int attendedMinutes, int standardHours,
                         AssessmentOutcome outcome, boolean accredited) {
}
