package cn.eldercare.app.ui;

import cn.eldercare.app.it.Api;
import cn.eldercare.app.it.World;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Base staff record attendance and start a cohort's certificates; an assessor enters scores; field errors in place. */
class StaffUiIT {

    @Test
    void staffRecordAttendanceAndIssueForTheCohortAssessorEntersScores() {
        long course = World.newCourse("zz-staff", 4, 10);
        long caregiver = World.newCaregiver("zz-staff", "界面学员");
        Api.Reply r = Api.post("zz-staff", "/api/courses/" + course + "/enrolments", World.enrolFor(caregiver));
        assertEquals(201, r.status(), r::toString);

        try (Browser b = Browser.open(Browser.DESKTOP)) {
            b.login("zz-staff");
            b.click("a[href='#/course/" + course + "']");
            b.waitText("#view table", "界面学员");
            b.set("#f-heldOn", LocalDate.now().minusDays(1).toString());
            b.type("#f-minutes", "240");
            b.click("#attendance-form [type=submit]");
            b.waitText("#f-topic-error", "不能为空");
            b.assertAccessible("course roster with field errors");
            b.type("#f-topic", "生活照料实训");
            b.click("#attendance-form [type=submit]");
            b.waitText("#toast", "考勤已保存");
            b.waitText("#view table", "4 / 150");

            b.click("[data-cohort]");
            b.waitText("#cohort .job", "已完成 0 / 1");
            b.assertAccessible("cohort issuing");
        }

        try (Browser b = Browser.open(Browser.PHONE)) {
            b.login("zz-assessor");
            b.elder(true);
            b.click("a[href='#/course/" + course + "']");
            b.type("#f-score", "150");
            b.click("#score-form [type=submit]");
            b.waitText("#f-score-error", "100");
            b.assertAccessible("score entry with field errors, elder mode");
            b.type("#f-score", "85");
            b.click("#score-form [type=submit]");
            b.waitText("#toast", "成绩已保存");
        }
    }
}
