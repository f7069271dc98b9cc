package cn.eldercare.training.enrolment.entity;

public enum EnrolmentStatus {
    ENROLLED, WAITING, CANCELLED;

    public boolean isActive() {
        return this != CANCELLED;
    }
}
