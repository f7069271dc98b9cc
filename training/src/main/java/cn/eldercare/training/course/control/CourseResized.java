package cn.eldercare.training.course.control;

import cn.eldercare.platform.security.Caller;
import cn.eldercare.training.course.entity.Course;

/**
 * Fired, inside the transaction that holds the course's row lock, when staff have changed a course's capacity:
 * the waiting list (enrolment) seats people in the free places. An event, so courses need not know enrolments.
 */
public record CourseResized(Caller staff, Course course) {
}
