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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Base staff record attendance and start a cohort's certificates; an assessor enters scores; field errors in place. */
class StaffUiIT {

    @Test
    void staffRecordAttendanceAndIssueForTheCohortAssessorEntersScores() {
        long course = World.newCourse("zz-staff", 4, 10);
        long caregiver = World.newCaregiver("zz-staff", "界面学员");
        Api.Reply r = Api.post("zz-staff", "/api/courses/" + course + "/enrolments", World.enrolFor(caregiver));
        assertEquals(201, r.status(), r::toString);
        long enrolment = r.json().getJsonNumber("id").longValue();

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
            // nobody issued, because the hours are not met: the count says so, never "颁发完成"
            String job = b.waitText("#cohort .job", "没有颁发新证书");
            assertTrue(job.contains("已处理 1 / 1 人") && !job.contains("颁发完成"), job);
            b.assertAccessible("cohort issuing");
        }

        try (Browser b = Browser.open(Browser.PHONE)) {
            b.login("zz-assessor");
            b.elder(true);
            b.click("a[href='#/course/" + course + "']");
            b.waitText("[data-score-of='" + enrolment + "-THEORY']", "未录入");
            b.type("#f-score", "150");
            b.click("#score-form [type=submit]");
            b.waitText("#f-enrolment-error", "请选择学员");
            b.set("#f-enrolment", String.valueOf(enrolment));
            b.click("#score-form [type=submit]");
            b.waitText("#f-score-error", "100");
            b.assertAccessible("score entry with field errors, elder mode");
            b.type("#f-score", "85");
            String formTop = "return document.querySelector('#score-form').getBoundingClientRect().top";
            double before = ((Number) b.script(formTop)).doubleValue();
            b.click("#score-form [type=submit]");
            b.waitText("#toast", "成绩已保存");
            // the score shows at once in its cell, the learner stays chosen, and the form stays where the assessor
            // sees it: measured on screen, not as scrollY, which the browser's scroll anchoring may shift by a line
            // as content above changes height (a CI run saw 667 then 705); a list redrawn from the top would move
            // the form by the whole scroll, about 700 px
            b.waitText("[data-score-of='" + enrolment + "-THEORY']", "85 分");
            assertEquals(String.valueOf(enrolment), b.find("#f-enrolment").getAttribute("value"));
            double after = ((Number) b.script(formTop)).doubleValue();
            assertTrue(Math.abs(after - before) < 50, "the form stays where it was on screen: " + before + " px, then " + after + " px");
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
        String misplaced = World.idNumber(true);
        String learner = "名册" + System.nanoTime() % 100_000;
        Files.writeString(roster, "姓名,性别,身份证号,手机号,学历,补贴类别\n界面名册,女,123,13800000000,高中,UNEMPLOYED\n"
                + "错列,女," + misplaced + ",13800000000," + misplaced + ",其他\n"
                + learner + ",女," + World.idNumber(true) + ",13800000001,高中,其他\n");

        try (Browser b = Browser.open(Browser.DESKTOP)) {
            b.login("zz-staff");
            b.go("/#/course/" + course);
            b.find("#f-file").sendKeys(roster.toString());
            b.set("#f-mode", "GOOD_ROWS");
            b.click("#roster-form [type=submit]");
            String report = b.waitText(".roster-errors", "身份证号");
            // an ID number in the wrong column is neither echoed nor shown in clear, and columns are named in Chinese
            assertTrue(report.contains("可能填错了列") && report.contains("学历"), report);
            assertFalse(report.contains(misplaced) || report.contains("idNumber"), report);
            // the good row is on the roster at once
            b.waitText("#view table", learner);
            b.assertAccessible("roster import with row errors");

            b.click("[data-cohort]");
            b.waitText("#cohort .job", "颁发完成");
            b.driver.navigate().refresh();
            b.click("[data-issued] [data-act='reissue']");
            b.waitText("[data-issued] .what", "第 2 版");
            b.type("[data-issued] .reason-form input", "更正姓名");
            b.click("[data-issued] .reason-form [type=submit]");
            b.waitText("[data-issued] .confirm", "更正姓名");
            b.click("[data-issued] .confirm [data-yes]");
            b.waitText("#toast", "已补发新版本");
            b.waitText("#view", "第 2 版 · 取代第 1 版");

            b.click("[data-issued] [data-act='revoke']");
            b.waitText("[data-issued] .what", "不能恢复");
            b.click("[data-issued] .reason-form [type=submit]");
            b.waitText("[data-issued] .invalid-feedback", "不能为空");
            b.assertAccessible("revoke with a field error");
            b.type("[data-issued] .reason-form input", "信息录入错误");
            b.click("[data-issued] .reason-form [type=submit]");
            // a second step names the certificate and the reason; nothing is revoked before it is confirmed
            b.waitText("[data-issued] .confirm", "确定撤销");
            b.assertAccessible("revoke confirmation");
            b.click("[data-issued] .confirm [data-yes]");
            b.waitText("#toast", "证书已撤销");
            b.waitText("#view", "已撤销");
        } finally {
            Files.deleteIfExists(roster);
        }
    }
}
