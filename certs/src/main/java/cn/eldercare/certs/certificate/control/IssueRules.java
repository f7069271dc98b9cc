package cn.eldercare.certs.certificate.control;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.FieldMessage;
import cn.eldercare.training.assessment.entity.AssessmentPart;
import cn.eldercare.training.assessment.entity.AssessmentScore;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import cn.eldercare.training.occupation.entity.Occupation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who may receive a certificate, checked when it is issued: an enrolled caregiver of an accredited
 * base who met the course hours and passed every part of the assessment that applies to the level
 * (theory and skill ≥ 60, plus the review for levels 2 and 1). A course with no level ends in a
 * completion certificate, which asks for the hours only: public courses have no assessment.
 */
public final class IssueRules {

    private IssueRules() {
    }

    /** Every rule not met, in the order a person would fix them; empty when a certificate may be issued. */
    public static List<RuleFailure> check(IssueFacts f) {
        List<RuleFailure> failures = new ArrayList<>();
        if (f.enrolmentStatus() != EnrolmentStatus.ENROLLED) {
            failures.add(new RuleFailure("NOT_ENROLLED", "enrolment", Text.of(
                    "该学员未在读（候补或已取消）", "the caregiver is not enrolled (waiting or cancelled)")));
        }
        if (f.level() != Occupation.NO_LEVEL && !f.accredited()) {
            failures.add(new RuleFailure("NOT_ACCREDITED", "base", Text.of(
                    "本基地未获准评价该职业该等级", "the base is not accredited for this occupation and level")));
        }
        if (f.attendedMinutes() < f.standardHours() * 60) {
            String done = String.format(Locale.ROOT, "%.1f", f.attendedMinutes() / 60.0);
            failures.add(new RuleFailure("HOURS_NOT_MET", "attendedHours", Text.of(
                    "培训学时不足：已完成 " + done + " 学时，须满 " + f.standardHours() + " 学时",
                    "training hours not met: " + done + " of " + f.standardHours() + " hours attended")));
        }
        if (f.level() != Occupation.NO_LEVEL) {
            for (AssessmentPart part : AssessmentPart.values()) {
                if (part.appliesTo(f.level()) && !f.outcome().partPassed(part)) {
                    failures.add(notPassed(part, f.outcome().latest(part).map(AssessmentScore::getScore).orElse(null)));
                }
            }
        }
        return failures;
    }

    /** The refusal of an issue: coded after the first rule not met, listing them all. */
    public static DomainException refusal(List<RuleFailure> failures) {
        RuleFailure first = failures.get(0);
        return new DomainException(422, first.code(), Text.of("不符合发证条件：" + first.reason().zh(),
                "Not eligible for a certificate: " + first.reason().en()),
                failures.stream().map(r -> new FieldMessage(r.field(), r.reason())).toList());
    }

    private static RuleFailure notPassed(AssessmentPart part, Integer latest) {
        String code = part.name() + "_NOT_PASSED";
        String field = part.name().toLowerCase(Locale.ROOT);
        if (latest == null) {
            return new RuleFailure(code, field, Text.of("尚无" + part.label().zh() + "成绩", "no " + part.label().en() + " score yet"));
        }
        return new RuleFailure(code, field, Text.of(
                part.label().zh() + "未通过：最近一次 " + latest + " 分，须不低于 " + AssessmentPart.PASS_MARK + " 分",
                part.label().en() + " not passed: latest score " + latest + ", at least " + AssessmentPart.PASS_MARK + " needed"));
    }
}
