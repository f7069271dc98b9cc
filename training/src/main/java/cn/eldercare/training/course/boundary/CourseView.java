package cn.eldercare.training.course.boundary;

import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.course.entity.DeliveryMode;

import java.time.LocalDate;
import java.util.List;

public record CourseView(long id, long baseId, String occupationCode, int level, String title, int standardHours,
                         int capacity, int enrolled, int waiting, LocalDate startsOn, LocalDate endsOn, String schedule,
                         DeliveryMode deliveryMode, boolean subsidyEligible, List<CourseInput.ModuleInput> modules) {

    public static CourseView of(Course c) {
        return new CourseView(c.getId(), c.getBaseId(), c.getOccupationCode(), c.getLevel(), c.getTitle(), c.getStandardHours(),
                c.getCapacity(), c.getEnrolledCount(), c.getWaitingCount(), c.getStartsOn(), c.getEndsOn(), c.getSchedule(),
                c.getDeliveryMode(), c.isSubsidyEligible(),
                c.getModules().stream().map(m -> new CourseInput.ModuleInput(m.title(), m.hours())).toList());
    }
}
