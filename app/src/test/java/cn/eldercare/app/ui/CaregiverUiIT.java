package cn.eldercare.app.ui;

import cn.eldercare.app.it.Api;
import cn.eldercare.app.it.World;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A caregiver finds a course, enrols, sees hours, scores and certificates, and cancels; in elder mode and in English. */
class CaregiverUiIT {

    @Test
    void caregiverEnrolsSeesHoursAndCancels() {
        long course = World.newCourse("zz-staff", 4, 10);
        String title = Api.get("zz-staff", "/api/courses/" + course).json().getString("title");
        try (Browser b = Browser.open(Browser.PHONE)) {
            b.login("caregiver");
            b.waitText("h1", "王秀英");
            b.elder(true);
            b.assertAccessible("caregiver home, elder mode");

            b.click("a.tile[href='#/courses']");
            b.type("#f-title", title);
            b.click("#filters [type=submit]");
            b.waitText("#course-list", "共 1 门课程");
            b.assertAccessible("course catalogue, elder mode");
            b.click("[data-course='" + course + "'] [data-enrol]");
            b.waitText("[data-course='" + course + "']", "报名成功");

            b.go("/#/mine");
            String card = b.waitText("#view", title);
            assertTrue(b.find("#view").getText().contains("已学 0 学时 / 标准 150 学时"), card);
            b.assertAccessible("my courses, elder mode");
            b.click("[data-enrolment][data-course='" + course + "'] [data-cancel]");
            b.clickText("view", "是，取消报名");
            b.waitText("#toast", "已取消报名");

            b.elder(false);
            b.english(true);
            b.go("/#/scores");
            b.waitText("h1", "My scores");
            b.assertAccessible("my scores (en)");
        }
    }

    @Test
    void caregiverDownloadsACertificate() {
        try (Browser b = Browser.open(Browser.DESKTOP)) {
            b.login("caregiver");
            b.go("/#/certificates");
            b.waitText("#view", "培训结业证书");
            b.waitText("[data-certificate] .version", "第 1 版");
            b.assertAccessible("my certificates");
            b.click("[data-certificate] [data-pdf]");
            b.waitText("#toast", "证书已下载");
            b.english(true);
            b.go("/#/certificates");
            String english = b.waitText("#view", "Training completion certificate");
            assertFalse(english.contains("培训结业证书") || english.contains("家庭照护者公益课程"), "no Chinese titles in English: " + english);
            b.waitText("[data-certificate] .version", "version 1");
        }
    }

    @Test
    void caregiverSeesWhichLevelsTheyMayApplyForAndWhyNot() {
        try (Browser b = Browser.open(Browser.PHONE)) {
            b.login("caregiver");
            b.click("a.tile[href='#/eligibility']");
            b.waitText("h1", "我能申报哪些等级");
            String levels = b.waitText("[data-occupation='YLHLY']", "可以申报");
            assertTrue(levels.contains("暂不符合"), levels);
            b.click("[data-occupation='YLHLY'] details summary");
            b.waitText("[data-occupation='YLHLY'] details", "条件");
            assertFalse(b.find("#view").getText().contains("<"), "no markup shown as text");
            b.elder(true);
            b.assertAccessible("eligibility, elder mode");
        }
    }

    @Test
    void aFullCourseOffersTheWaitingListWithItsPosition() {
        long course = World.newCourse("zz-staff", 4, 1);
        Api.Reply first = Api.post("zz-staff", "/api/courses/" + course + "/enrolments", World.enrolFor(World.newCaregiver("zz-staff", "界面满员")));
        assertEquals(201, first.status(), first::toString);
        String title = Api.get("zz-staff", "/api/courses/" + course).json().getString("title");
        try (Browser b = Browser.open(Browser.PHONE)) {
            b.login("caregiver");
            b.english(true);
            b.go("/#/courses");
            b.type("#f-title", title);
            b.click("#filters [type=submit]");
            b.waitText("[data-course='" + course + "']", "Places 1/1");
            b.click("[data-course='" + course + "'] [data-enrol]");
            b.waitText("[data-course='" + course + "']", "number 1 on the waiting list");
            b.go("/#/mine");
            b.waitText("[data-enrolment][data-course='" + course + "']", "Waiting list, number 1");
            b.click("[data-enrolment][data-course='" + course + "'] [data-cancel]");
            b.clickText("view", "Yes, cancel it");
            b.waitText("#toast", "Enrolment cancelled");
        }
    }
}
