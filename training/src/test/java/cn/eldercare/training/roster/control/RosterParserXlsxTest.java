package cn.eldercare.training.roster.control;

import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.training.eligibility.entity.Education;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.eldercare.training.roster.control.Rosters.MAN_ID;
import static cn.eldercare.training.roster.control.Rosters.WOMAN_ID;
import static cn.eldercare.training.roster.control.Rosters.workbook;
import static cn.eldercare.training.roster.control.Rosters.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterParserXlsxTest {

    private static final Object[] HEADER = {"姓名", "性别", "身份证号", "手机号", "学历", "补贴类别"};

    @Test
    void readsTheFirstSheet() {
        RosterParseResult result = xlsx(workbook(HEADER,
                new Object[]{"王秀英", "女", WOMAN_ID, "13800138000", "大专", "在职职工"},
                new Object[]{"李建国", "男", MAN_ID, "13800138001", "高中", "其他"}));
        assertEquals(List.of(), result.errors());
        RosterRow row = result.good().get(0);
        assertEquals(2, row.rowNumber());
        assertEquals(Gender.FEMALE, row.gender());
        assertEquals(Education.COLLEGE, row.education());
        assertEquals(SubsidyCategory.EMPLOYED, row.subsidyCategory());
        assertEquals(MAN_ID, result.good().get(1).idNumber().value());
    }

    @Test
    void aPhoneTypedAsANumberIsReadAsPlainDigits() {
        RosterParseResult result = xlsx(workbook(HEADER,
                new Object[]{"王秀英", "女", WOMAN_ID, 13800138000L, null, "其他"}));
        assertEquals(List.of(), result.errors());
        assertEquals("13800138000", result.good().get(0).phone());
    }

    @Test
    void anIdNumberTypedAsANumberIsNeverInScientificNotation() {
        // Excel keeps 15 significant digits, so the last three are already lost in the file.
        List<SourceRow> rows = XlsxReader.read(workbook(HEADER,
                new Object[]{"王秀英", "女", 410102197005200021L, 13800138000L, 5, "其他"}), 10);
        assertEquals(List.of("王秀英", "女", "410102197005200000", "13800138000", "5", "其他"), rows.get(1).cells());

        RosterParseResult result = xlsx(workbook(HEADER,
                new Object[]{"王秀英", "女", 410102197005200021L, 13800138000L, null, "其他"}));
        assertEquals(List.of("idNumber"), result.errors().stream().map(RowError::column).toList());
    }

    @Test
    void missingCellsKeepTheOtherColumnsInPlace() {
        RosterParseResult result = xlsx(workbook(HEADER,
                new Object[]{"王秀英", "女", WOMAN_ID, "13800138000", null, "其他"}));
        assertEquals(List.of(), result.errors());
        assertNull(result.good().get(0).education());
        assertEquals(SubsidyCategory.OTHER, result.good().get(0).subsidyCategory());
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersMatchExcel() {
        RosterParseResult result = xlsx(workbook(new Object[]{"备注：请勿修改表头"}, HEADER,
                new Object[]{"", " ", null}, new Object[]{"王秀英", "女", WOMAN_ID, "13800138000", null, "其他"}));
        // The first non-blank row is the header, so a note above it is a header problem.
        assertTrue(result.good().isEmpty());
        assertTrue(result.errors().stream().allMatch(e -> e.rowNumber() == RowError.FILE));

        result = xlsx(workbook(HEADER, new Object[]{"", " ", null},
                new Object[]{"王秀英", "女", WOMAN_ID, "13800138000", null, "其他"}));
        assertEquals(List.of(), result.errors());
        assertEquals(3, result.good().get(0).rowNumber());
    }

    @Test
    void onlyTheFirstSheetIsRead() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("姓名");
            workbook.createSheet("名册");
            workbook.write(out);
            RosterParseResult result = xlsx(out.toByteArray());
            assertEquals(List.of("gender", "idNumber", "phone", "subsidyCategory"),
                    result.errors().stream().map(RowError::column).toList());
        }
    }

    @Test
    void garbageIsAFileErrorNotAnException() {
        assertUnreadable(new byte[]{1, 2, 3, 4, 5});
        assertUnreadable(new byte[0]);
        assertUnreadable("姓名,性别\n王秀英,女".getBytes(StandardCharsets.UTF_8));
        assertUnreadable(new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0});
    }

    @Test
    void aLegacyXlsFileIsAFileError() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
            assertUnreadable(out.toByteArray());
        }
    }

    static void assertUnreadable(byte[] upload) {
        RosterParseResult result = xlsx(upload);
        assertTrue(result.good().isEmpty());
        assertEquals(1, result.errors().size());
        assertEquals(RowError.FILE, result.errors().get(0).rowNumber());
        assertTrue(result.errors().get(0).reason().en().startsWith("the file cannot be read as Excel (.xlsx)"),
                () -> result.errors().get(0).reason().en());
    }
}
