package cn.eldercare.training.roster.control;

import cn.eldercare.platform.identity.ResidentIdNumbers;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Builds roster uploads in memory for tests. */
final class Rosters {

    static final String HEADER_ZH = "姓名,性别,身份证号,手机号,学历,补贴类别";
    static final String WOMAN_ID = ResidentIdNumbers.woman();
    static final String MAN_ID = ResidentIdNumbers.man();

    private Rosters() {
    }

    static String id(int sequence) {
        return ResidentIdNumbers.generate("410102", LocalDate.of(1975, 3, 8), sequence);
    }

    static RosterParseResult csv(String... lines) {
        return csv(StandardCharsets.UTF_8, lines);
    }

    static RosterParseResult csv(Charset charset, String... lines) {
        return RosterParser.parse(new ByteArrayInputStream(String.join("\r\n", lines).getBytes(charset)), RosterFormat.CSV);
    }

    static RosterParseResult xlsx(byte[] workbook) {
        return RosterParser.parse(new ByteArrayInputStream(workbook), RosterFormat.XLSX);
    }

    /** A one-sheet workbook; {@code null} leaves the cell out, a {@link Number} becomes a numeric cell. */
    static byte[] workbook(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("名册");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
