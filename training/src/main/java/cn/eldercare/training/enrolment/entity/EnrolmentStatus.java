package cn.eldercare.training.enrolment.entity;

public enum EnrolmentStatus {
    ENROLLED, WAITING, CANCELLED
}
