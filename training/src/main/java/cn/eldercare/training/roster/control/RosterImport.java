package cn.eldercare.training.roster.control;

import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.FieldMessage;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.training.caregiver.control.CaregiverProfile;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.control.Enrolments;
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import cn.eldercare.platform.identity.SubsidyCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Enrols a parsed roster into a course in one transaction. Every row is checked before anything
 * is written, so "all or nothing" can refuse the whole file with every reason at once.
 */
@ApplicationScoped
public class RosterImport {

    @Inject
    Courses courses;
    @Inject
    Caregivers caregivers;
    @Inject
    Enrolments enrolments;
    @Inject
    AuditTrail audit;

    private record Planned(RosterRow row, Optional<Caregiver> existing) {
    }

    @Transactional
    public ImportReport run(Caller staff, long courseId, RosterParseResult parsed, ImportMode mode) {
        Course course = courses.lockOwn(staff, courseId);
        List<RowError> errors = new ArrayList<>(parsed.errors());
        List<Planned> plan = new ArrayList<>();
        for (RosterRow row : parsed.good()) {
            Optional<Caregiver> existing = caregivers.findByIdNumber(row.idNumber());
            if (existing.isPresent() && enrolments.activeIn(course.getId(), existing.get().getId())) {
                errors.add(new RowError(row.rowNumber(), "idNumber", Text.of("该学员已报名此课程", "already enrolled in this course")));
            } else {
                plan.add(new Planned(row, existing));
            }
        }
        errors.sort(Comparator.comparingInt(RowError::rowNumber));
        if (mode == ImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
            throw rejected(errors);
        }
        int enrolled = 0;
        int fresh = 0;
        for (Planned p : plan) {
            Caregiver g = p.existing().orElse(null);
            if (g == null) {
                g = caregivers.registerParsed(staff, p.row().idNumber(), profile(p.row()));
                fresh++;
            }
            Enrolment e = enrolments.enrolLocked(staff, course, g.getId());
            enrolled += e.getStatus() == EnrolmentStatus.ENROLLED ? 1 : 0;
        }
        audit.record(staff, "ROSTER_IMPORTED", "Course", courseId, plan.size() + " rows, " + errors.size() + " refused");
        return new ImportReport(plan.size(), enrolled, plan.size() - enrolled, fresh, errors);
    }

    private static CaregiverProfile profile(RosterRow row) {
        return new CaregiverProfile(row.name(), row.gender(), row.phone(), row.education(), false, false, false,
                row.subsidyCategory() == null ? SubsidyCategory.OTHER : row.subsidyCategory());
    }

    private static DomainException rejected(List<RowError> errors) {
        return new DomainException(422, "ROSTER_REJECTED", Text.of(
                "名册有 " + errors.size() + " 处错误，未导入任何记录", "Errors in the roster: " + errors.size() + "; nothing was imported"),
                errors.stream().map(e -> new FieldMessage(e.column() == null ? "file" : "row " + e.rowNumber() + ": " + e.column(),
                        e.reason())).toList());
    }
}
