package cn.eldercare.training.enrolment.boundary;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.control.Waitlist;
import cn.eldercare.training.enrolment.entity.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assembles enrolment views, loading the caregivers of a page in one query. */
@ApplicationScoped
public class EnrolmentViews {

    @Inject
    Courses courses;
    @Inject
    Caregivers caregivers;
    @Inject
    Waitlist waitlist;

    public EnrolmentView of(Enrolment e) {
        return view(e, courses.get(e.getCourseId()), caregivers.get(e.getCaregiverId()));
    }

    public Page<EnrolmentView> of(Page<Enrolment> page) {
        Map<Long, Caregiver> people = caregivers.byIds(page.items().stream().map(Enrolment::getCaregiverId).distinct().toList())
                .stream().collect(Collectors.toMap(Caregiver::getId, Function.identity()));
        Map<Long, Course> courseCache = new HashMap<>();
        return page.map(e -> view(e, courseCache.computeIfAbsent(e.getCourseId(), courses::get), people.get(e.getCaregiverId())));
    }

    private EnrolmentView view(Enrolment e, Course c, Caregiver g) {
        int minutes = e.getAttendedMinutes();
        return new EnrolmentView(e.getId(), c.getId(), c.getTitle(), g.getId(), g.getName(), g.getIdNumberMasked(), e.getStatus(),
                waitlist.position(e), Math.round(minutes / 6.0) / 10.0, c.getStandardHours(),
                minutes >= c.getStandardHours() * 60, e.getEnrolledAt(), e.getEnrolledBy(), e.getCancelledAt(), e.getCancelledBy());
    }
}
