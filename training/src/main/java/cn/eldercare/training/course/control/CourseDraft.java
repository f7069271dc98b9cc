package cn.eldercare.training.course.control;

import cn.eldercare.training.course.entity.DeliveryMode;
import cn.eldercare.training.course.entity.SyllabusModule;

import java.time.LocalDate;
import java.util.List;

/** What base staff fill in for a course. */
public record CourseDraft(String occupationCode, int level, String title, int capacity, LocalDate startsOn,
                          LocalDate endsOn, String schedule, DeliveryMode mode, boolean subsidyEligible,
                          List<SyllabusModule> modules) {
}
