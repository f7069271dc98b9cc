package cn.eldercare.app.it;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Roster files built in memory, as base staff would save them from Excel, for the matrix and roster import tests. */
final class MatrixRosters {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("姓名", "性别", "身份证号", "手机号", "学历", "补贴类别");

    private MatrixRosters() {
    }

    /** A data row under {@link #HEADER}; the gender is taken from the ID number, so the row is valid. */
    static List<Object> person(String name, String idNumber) {
        boolean male = Character.digit(idNumber.charAt(16), 10) % 2 == 1;
        return List.of(name, male ? "男" : "女", idNumber, "13800000000", "初中", "在职职工");
    }

    static byte[] csv(List<? extends List<?>> rows) {
        return csv(rows, StandardCharsets.UTF_8);
    }

    /** RFC 4180: CRLF line ends, fields quoted only when they need it. */
    static byte[] csv(List<? extends List<?>> rows, Charset charset) {
        return rows.stream()
                .map(r -> r.stream().map(String::valueOf).map(MatrixRosters::csvField).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"))
                .getBytes(charset);
    }

    /** The first sheet holds the rows; numbers become numeric cells, as when a phone is typed into Excel. */
    static byte[] xlsx(List<? extends List<?>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名册");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<?> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
