package cn.eldercare.certs.certificate.control;

import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;

/** An enrolment that may earn a certificate, with its course, base and caregiver loaded. */
public record Candidate(Enrolment enrolment, Course course, TrainingBase base, Caregiver caregiver) {
}
