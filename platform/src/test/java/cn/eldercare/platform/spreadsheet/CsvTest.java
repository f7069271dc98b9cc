package cn.eldercare.platform.spreadsheet;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void excelFriendlyAndSafe() {
        String text = new Csv().row("姓名", "备注").row("王秀英", "=HYPERLINK(\"x\")").row("李,娟", "-1").text();
        assertEquals("\uFEFF姓名,备注\r\n王秀英,\"'=HYPERLINK(\"\"x\"\")\"\r\n\"李,娟\",'-1\r\n", text);
        assertEquals("", Csv.cell(null));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
    }
}
