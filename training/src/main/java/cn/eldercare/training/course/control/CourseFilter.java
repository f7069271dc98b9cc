package cn.eldercare.training.course.control;

import cn.eldercare.training.course.entity.DeliveryMode;

import java.time.LocalDate;

/** The optional filters of the course catalogue. */
public record CourseFilter(Long baseId, String occupationCode, Integer level, DeliveryMode mode,
                           Boolean subsidyEligible, LocalDate startsFrom, String title) {
}
