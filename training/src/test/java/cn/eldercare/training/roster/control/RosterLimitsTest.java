package cn.eldercare.training.roster.control;

import cn.eldercare.platform.identity.ResidentIdNumbers;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static cn.eldercare.training.roster.control.Rosters.HEADER_ZH;
import static cn.eldercare.training.roster.control.Rosters.workbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterLimitsTest {

    @Test
    void fiveThousandRowsAreAccepted() {
        RosterParseResult result = Rosters.csv(csvRows(RosterParser.MAX_DATA_ROWS).toArray(String[]::new));
        assertEquals(List.of(), result.errors());
        assertEquals(RosterParser.MAX_DATA_ROWS, result.good().size());
    }

    @Test
    void moreThanFiveThousandRowsRejectTheFile() {
        RosterParseResult result = Rosters.csv(csvRows(RosterParser.MAX_DATA_ROWS + 1).toArray(String[]::new));
        assertTooManyRows(result);
    }

    @Test
    void moreThanFiveThousandRowsRejectAWorkbook() {
        Object[][] rows = new Object[RosterParser.MAX_DATA_ROWS + 2][];
        rows[0] = new Object[]{"姓名"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[]{"王" + i};
        }
        assertTooManyRows(Rosters.xlsx(workbook(rows)));
    }

    @Test
    void anOversizedUploadIsRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        RosterParseResult result = RosterParser.parse(endless, RosterFormat.CSV);
        assertEquals(List.of("the file is larger than 5 MB"), result.errors().stream().map(e -> e.reason().en()).toList());
    }

    @Test
    void aBrokenUploadStreamIsAFileError() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        RosterParseResult result = RosterParser.parse(broken, RosterFormat.XLSX);
        assertEquals(RowError.FILE, result.errors().get(0).rowNumber());
        assertTrue(result.errors().get(0).reason().zh().startsWith("上传的文件无法读取"));
    }

    @Test
    void aZipBombIsRefusedByPoiLimits() throws IOException {
        byte[] roster = workbook(new Object[]{"姓名"});
        // Padding alone is harmless: a little of it reads fine; 20 MB inflating from ~20 KB does not.
        assertEquals(List.of("gender", "idNumber", "phone", "subsidyCategory"),
                Rosters.xlsx(withPaddedSheet(roster, 64)).errors().stream().map(RowError::column).toList());
        RosterParserXlsxTest.assertUnreadable(withPaddedSheet(roster, 20 * 1024));
    }

    private static List<String> csvRows(int dataRows) {
        List<String> lines = new ArrayList<>(List.of(HEADER_ZH));
        for (int i = 0; i < dataRows; i++) {
            String woman = ResidentIdNumbers.generate("410102", LocalDate.of(1970, 1, 1).plusDays(i / 500), i % 500 * 2);
            lines.add("学员" + i + ",女," + woman + ",13800138000,,其他");
        }
        return lines;
    }

    private static void assertTooManyRows(RosterParseResult result) {
        assertTrue(result.good().isEmpty());
        assertEquals(List.of("数据行超过5000行，请拆分后分批上传"), result.errors().stream().map(e -> e.reason().zh()).toList());
    }

    /** The same workbook with its sheet padded by spaces, which compress about 1000:1. */
    private static byte[] withPaddedSheet(byte[] xlsx, int kilobytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int split = xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, split).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < kilobytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(split).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
