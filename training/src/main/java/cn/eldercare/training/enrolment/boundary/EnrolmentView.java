package cn.eldercare.training.enrolment.boundary;

import cn.eldercare.training.enrolment.entity.EnrolmentStatus;

import java.time.OffsetDateTime;

/** An enrolment with the caregiver's hours against the course's standard hours. */
public record EnrolmentView(long id, long courseId, String courseTitle, long caregiverId, String caregiverName,
                            String idNumberMasked, EnrolmentStatus status, long waitingPosition, double attendedHours,
                            int standardHours, boolean hoursComplete, OffsetDateTime enrolledAt, String enrolledBy,
                            OffsetDateTime cancelledAt, String cancelledBy) {
}
