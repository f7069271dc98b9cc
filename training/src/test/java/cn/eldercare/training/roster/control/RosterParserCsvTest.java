package cn.eldercare.training.roster.control;

import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.training.eligibility.entity.Education;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.eldercare.training.roster.control.Rosters.HEADER_ZH;
import static cn.eldercare.training.roster.control.Rosters.MAN_ID;
import static cn.eldercare.training.roster.control.Rosters.WOMAN_ID;
import static cn.eldercare.training.roster.control.Rosters.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterParserCsvTest {

    @Test
    void readsGoodRowsWithChineseHeaders() {
        RosterParseResult result = csv(HEADER_ZH,
                "王秀英,女," + WOMAN_ID + ",13800138000,中专,登记失业人员",
                "李建国,男," + MAN_ID + ",15937112345,高中,农村转移就业劳动者");
        assertEquals(List.of(), result.errors());
        assertEquals(2, result.good().size());
        RosterRow first = result.good().get(0);
        assertEquals(2, first.rowNumber());
        assertEquals("王秀英", first.name());
        assertEquals(Gender.FEMALE, first.gender());
        assertEquals(WOMAN_ID, first.idNumber().value());
        assertEquals("13800138000", first.phone());
        assertEquals(Education.TECHNICAL_SCHOOL, first.education());
        assertEquals(SubsidyCategory.REGISTERED_UNEMPLOYED, first.subsidyCategory());
        assertEquals(SubsidyCategory.RURAL_MIGRANT_WORKER, result.good().get(1).subsidyCategory());
    }

    @Test
    void acceptsEnglishHeadersInAnyOrderWithExtraColumnsAndNoEducation() {
        RosterParseResult result = csv("No.,subsidyCategory,PHONE,idNumber,Gender,name,remarks",
                "1,employed,+86 138-0013-8000," + MAN_ID + ",M,Zhang Wei,night shift");
        assertEquals(List.of(), result.errors());
        RosterRow row = result.good().get(0);
        assertEquals("Zhang Wei", row.name());
        assertEquals("13800138000", row.phone());
        assertEquals(Gender.MALE, row.gender());
        assertNull(row.education());
        assertEquals(SubsidyCategory.EMPLOYED, row.subsidyCategory());
    }

    @Test
    void missingRequiredColumnsAreFileErrorsNamingEachColumn() {
        RosterParseResult result = csv("姓名,性别,学历,补贴类别", "王秀英,女,高中,其他");
        assertTrue(result.good().isEmpty());
        assertEquals(List.of("idNumber", "phone"), result.errors().stream().map(RowError::column).toList());
        assertTrue(result.errors().stream().allMatch(e -> e.rowNumber() == RowError.FILE));
        assertEquals("表头缺少必填列“身份证号”", result.errors().get(0).reason().zh());
    }

    @Test
    void aRepeatedColumnIsAFileError() {
        RosterParseResult result = csv(HEADER_ZH + ",name", "王秀英,女," + WOMAN_ID + ",13800138000,,其他,王");
        assertEquals(1, result.errors().size());
        assertEquals(new RowError(0, "name", result.errors().get(0).reason()), result.errors().get(0));
    }

    @Test
    void anEmptyFileNeedsAHeader() {
        RosterParseResult result = csv("", "", " , ");
        assertEquals(1, result.errors().size());
        assertEquals(RowError.FILE, result.errors().get(0).rowNumber());
        assertTrue(result.errors().get(0).reason().en().contains("header"));
    }

    @Test
    void aHeaderAloneIsAnEmptyRoster() {
        assertEquals(new RosterParseResult(List.of(), List.of()), csv(HEADER_ZH));
    }

    @Test
    void blankLinesAreSkippedButStillCountedInRowNumbers() {
        RosterParseResult result = csv(HEADER_ZH, "", ",,,,,", "王秀英,女," + WOMAN_ID + ",13800138000,,其他", "");
        assertEquals(List.of(), result.errors());
        assertEquals(4, result.good().get(0).rowNumber());
    }

    @Test
    void followsRfc4180Quoting() {
        RosterParseResult result = csv(HEADER_ZH,
                "\"Wang, \"\"Lily\"\"\",女,\"" + WOMAN_ID + "\",13800138000,\"\",\"其他\"");
        assertEquals(List.of(), result.errors());
        assertEquals("Wang, \"Lily\"", result.good().get(0).name());
    }

    @Test
    void aLineBreakInsideQuotesStaysInTheCellAndRowsCountRecords() {
        RosterParseResult result = csv(HEADER_ZH,
                "王秀英,女," + WOMAN_ID + ",13800138000,\"高\n中\",其他",
                "李建国,男," + MAN_ID + ",13800138001,,其他");
        assertEquals(List.of(2), result.errors().stream().map(RowError::rowNumber).toList());
        assertTrue(result.errors().get(0).reason().zh().contains("高\n中"));
        assertEquals(3, result.good().get(0).rowNumber());
    }

    @Test
    void aStrayQuoteInsideAnUnquotedCellIsKept() {
        RosterParseResult result = csv(HEADER_ZH, "王\"秀英,女," + WOMAN_ID + ",13800138000,,其他");
        assertEquals("王\"秀英", result.good().get(0).name());
    }

    @Test
    void anUnclosedQuoteRejectsTheFile() {
        RosterParseResult result = csv(HEADER_ZH, "\"王秀英,女," + WOMAN_ID + ",13800138000,,其他");
        assertEquals(List.of("第2行的引号没有闭合"), result.errors().stream().map(e -> e.reason().zh()).toList());
    }

    @Test
    void acceptsUnixLineEndingsAndAByteOrderMark() {
        String text = "\uFEFF" + HEADER_ZH + "\n王秀英,女," + WOMAN_ID + ",13800138000,,其他\n";
        RosterParseResult result = RosterParser.parse(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), RosterFormat.CSV);
        assertEquals(List.of(), result.errors());
        assertEquals("王秀英", result.good().get(0).name());
    }

    @Test
    void readsGbkAsSavedByExcelInChina() {
        RosterParseResult result = csv(Charset.forName("GBK"), HEADER_ZH,
                "欧阳娜娜,女," + WOMAN_ID + ",13800138000,大专,毕业年度未继续升学毕业生");
        assertEquals(List.of(), result.errors());
        RosterRow row = result.good().get(0);
        assertEquals("欧阳娜娜", row.name());
        assertEquals(Education.COLLEGE, row.education());
        assertEquals(SubsidyCategory.GRADUATE_NOT_IN_SCHOOL, row.subsidyCategory());
    }

    private static RosterParseResult file(String name) {
        try (InputStream in = RosterParserCsvTest.class.getResourceAsStream("/rosters/" + name)) {
            return RosterParser.parse(in, RosterFormat.CSV);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsAFileExcelSavedInGbkWithCrlfQuotesAndALineBreakInACell() {
        RosterParseResult result = file("excel-gbk.csv");
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("欧阳娜娜", "李建国"), result.good().stream().map(RosterRow::name).toList());
        assertEquals(List.of(2, 3), result.good().stream().map(RosterRow::rowNumber).toList(), "rows count records, not lines");
        assertEquals("410102198001010026", result.good().get(0).idNumber().value());
        assertEquals(SubsidyCategory.RURAL_MIGRANT_WORKER, result.good().get(1).subsidyCategory());
    }

    @Test
    void readsAUtf8FileWithAByteOrderMark() {
        RosterParseResult result = file("utf8-bom.csv");
        assertEquals("王秀英", result.good().get(0).name(), "the BOM is not part of the first header");
        assertEquals(List.of(3), result.errors().stream().map(RowError::rowNumber).toList());
        assertEquals("phone", result.errors().get(0).column());
    }
}
