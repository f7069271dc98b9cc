package cn.eldercare.app.ui;

import cn.eldercare.app.it.Api;
import cn.eldercare.app.it.World;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void staffImportRosterWithRowErrorsIssueACompletionCertificateAndRevokeIt() throws IOException {
        Api.Reply c = Api.post("zz-staff", "/api/courses", World.courseJson("JTZHZ", 0, 10).build());
        assertEquals(201, c.status(), c::toString);
        long course = c.json().getJsonNumber("id").longValue();
        Api.Reply e = Api.post("zz-staff", "/api/courses/" + course + "/enrolments", World.enrolFor(World.newCaregiver("zz-staff", "界面结业")));
        assertEquals(201, e.status(), e::toString);
        long enrolment = e.json().getJsonNumber("id").longValue();
        for (int day = 1; day <= 2; day++) {
            Api.Reply s = Api.post("zz-staff", "/api/courses/" + course + "/sessions", Json.createObjectBuilder()
                    .add("heldOn", LocalDate.now().minusDays(day).toString()).add("minutes", 480).add("topic", "居家照护")
                    .add("attendees", Json.createArrayBuilder().add(enrolment)).build());
            assertEquals(201, s.status(), s::toString);
        }
        Path roster = Files.createTempFile("roster", ".csv");
        Files.writeString(roster, "姓名,性别,身份证号,手机号,学历,补贴类别\n界面名册,女,123,13800000000,高中,UNEMPLOYED\n");

        try (Browser b = Browser.open(Browser.DESKTOP)) {
            b.login("zz-staff");
            b.go("/#/course/" + course);
            b.find("#f-file").sendKeys(roster.toString());
            b.click("#roster-form [type=submit]");
            b.waitText(".roster-errors", "身份证号");
            b.assertAccessible("roster import with row errors");

            b.click("[data-cohort]");
            b.waitText("#cohort .job", "颁发完成");
            b.driver.navigate().refresh();
            b.click("[data-issued] [data-act='revoke']");
            b.click("[data-issued] .reason-form [type=submit]");
            b.waitText("[data-issued] .invalid-feedback", "不能为空");
            b.assertAccessible("revoke with a field error");
            b.type("[data-issued] .reason-form input", "信息录入错误");
            b.click("[data-issued] .reason-form [type=submit]");
            b.waitText("#toast", "证书已撤销");
            b.waitText("[data-issued]", "已撤销");
        } finally {
            Files.deleteIfExists(roster);
        }
    }
}
