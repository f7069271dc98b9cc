package cn.eldercare.training.roster.control;

import cn.eldercare.platform.i18n.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static cn.eldercare.training.roster.control.Rosters.HEADER_ZH;
import static cn.eldercare.training.roster.control.Rosters.MAN_ID;
import static cn.eldercare.training.roster.control.Rosters.WOMAN_ID;
import static cn.eldercare.training.roster.control.Rosters.csv;
import static cn.eldercare.training.roster.control.Rosters.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad cell, reported against its row and column without failing the other rows. */
class RosterRowValidationTest {

    @Test
    void aBlankNameIsRequired() {
        assertOnlyError(csv(HEADER_ZH, " ,女," + WOMAN_ID + ",13800138000,,其他"), "name",
                Text.of("“姓名”不能为空", "name is required"));
    }

    @Test
    void aNameOfMoreThanFiftyCharactersIsRefused() {
        assertOnlyError(csv(HEADER_ZH, "王".repeat(51) + ",女," + WOMAN_ID + ",13800138000,,其他"), "name",
                Text.of("姓名过长（最多50个字）", "the name is longer than 50 characters"));
        assertTrue(csv(HEADER_ZH, "王".repeat(50) + ",女," + WOMAN_ID + ",13800138000,,其他").errors().isEmpty());
    }

    @Test
    void anInvalidIdNumberGivesTheReasonButNotTheNumber() {
        String typo = WOMAN_ID.substring(0, 15) + (WOMAN_ID.charAt(15) == '0' ? '1' : '0') + WOMAN_ID.substring(16);
        RosterParseResult result = csv(HEADER_ZH, "王秀英,女," + typo + ",13800138000,,其他");
        RowError error = onlyError(result, "idNumber");
        assertTrue(error.reason().en().contains("check character"));
        assertFalse(error.reason().zh().contains(typo) || error.reason().en().contains(typo));
    }

    @ParameterizedTest
    @ValueSource(strings = {"未知", "X", "女士"})
    void anUnknownGender(String gender) {
        assertOnlyError(csv(HEADER_ZH, "王秀英," + gender + "," + WOMAN_ID + ",13800138000,,其他"), "gender",
                Text.of("性别应填“男”或“女”", "gender must be 男/女, M/F or male/female"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"男", "M", "male", "MALE"})
    void aGenderThatContradictsTheIdNumber(String gender) {
        assertOnlyError(csv(HEADER_ZH, "王秀英," + gender + "," + WOMAN_ID + ",13800138000,,其他"), "gender",
                Text.of("性别与身份证号不符", "the gender does not match the ID number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1380013800", "138001380001", "010-12345678", "+1 3800138000", "1380013800a"})
    void notAMainlandMobileNumber(String phone) {
        assertOnlyError(csv(HEADER_ZH, "王秀英,女," + WOMAN_ID + "," + phone + ",,其他"), "phone",
                Text.of("手机号应为11位大陆手机号码", "the phone must be an 11-digit mainland mobile number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19912345678", "138 0013 8000", "138-0013-8000", "+8613800138000"})
    void writtenFormsOfAMobileNumber(String phone) {
        RosterParseResult result = csv(HEADER_ZH, "王秀英,女," + WOMAN_ID + "," + phone + ",,其他");
        assertEquals(List.of(), result.errors());
        assertEquals(11, result.good().get(0).phone().length());
    }

    @Test
    void anUnknownEducationIsNamedWithTheChoices() {
        RowError error = onlyError(csv(HEADER_ZH, "王秀英,女," + WOMAN_ID + ",13800138000,幼儿园,其他"), "education");
        assertTrue(error.reason().zh().startsWith("无法识别的学历“幼儿园”，可填：小学及以下、初中"));
    }

    @Test
    void anIdNumberOrPhoneInAChoiceColumnIsNotEchoed() {
        RosterParseResult result = csv(HEADER_ZH, "王秀英,女," + WOMAN_ID + ",13800138000," + WOMAN_ID + ",13800138000");
        assertEquals(2, result.errors().size(), result.errors()::toString);
        for (RowError error : result.errors()) {
            String both = error.reason().zh() + error.reason().en();
            assertFalse(both.contains(WOMAN_ID) || both.contains("13800138000") || both.contains("8000"), both);
            assertTrue(error.reason().zh().contains("可能填错了列"), both);
        }
    }

    @Test
    void subsidyCategoryIsRequiredAndMustBeKnown() {
        assertOnlyError(csv(HEADER_ZH, "王秀英,女," + WOMAN_ID + ",13800138000,,"), "subsidyCategory",
                Text.of("“补贴类别”不能为空", "subsidyCategory is required"));
        RowError error = onlyError(csv(HEADER_ZH, "王秀英,女," + WOMAN_ID + ",13800138000,,失业"), "subsidyCategory");
        assertTrue(error.reason().en().startsWith("unknown subsidyCategory \"失业\"; use one of: registered unemployed"));
    }

    @Test
    void aRepeatedIdNumberIsAnErrorOnTheLaterRowsOnly() {
        RosterParseResult result = csv(HEADER_ZH,
                "王秀英,女," + WOMAN_ID + ",13800138000,,其他",
                "李建国,男," + MAN_ID + ",13800138001,,其他",
                "王秀英,女," + WOMAN_ID.toLowerCase() + ",13800138002,,其他",
                "王秀英,女," + WOMAN_ID + ",13800138003,,其他");
        assertEquals(List.of(2, 3), result.good().stream().map(RosterRow::rowNumber).toList());
        assertEquals(List.of(new RowError(4, "idNumber", Text.of("身份证号与第2行重复", "the ID number repeats row 2")),
                new RowError(5, "idNumber", Text.of("身份证号与第2行重复", "the ID number repeats row 2"))), result.errors());
    }

    @Test
    void everyProblemInARowIsReported() {
        RosterParseResult result = csv(HEADER_ZH, ",?,123,456,博士后,?");
        assertEquals(List.of("name", "idNumber", "gender", "phone", "education", "subsidyCategory"),
                result.errors().stream().map(RowError::column).toList());
        assertTrue(result.errors().stream().allMatch(e -> e.rowNumber() == 2));
    }

    @Test
    void badRowsDoNotStopGoodOnes() {
        RosterParseResult result = csv(HEADER_ZH,
                "王秀英,女," + WOMAN_ID + ",23800138000,,其他",
                "李建国,男," + MAN_ID + ",13800138001,,其他",
                "赵敏,女," + id(4) + ",13800138002,本科,在职职工");
        assertEquals(List.of(3, 4), result.good().stream().map(RosterRow::rowNumber).toList());
        assertEquals(List.of(2), result.errors().stream().map(RowError::rowNumber).toList());
    }

    private static void assertOnlyError(RosterParseResult result, String column, Text reason) {
        assertEquals(reason, onlyError(result, column).reason());
    }

    private static RowError onlyError(RosterParseResult result, String column) {
        assertTrue(result.good().isEmpty(), "the row must not be accepted");
        assertEquals(1, result.errors().size(), () -> "expected one error: " + result.errors());
        RowError error = result.errors().get(0);
        assertEquals(2, error.rowNumber());
        assertEquals(column, error.column());
        return error;
    }
}
