package cn.eldercare.training.course.entity;

public enum DeliveryMode {
    ONLINE, OFFLINE, BLENDED
}
