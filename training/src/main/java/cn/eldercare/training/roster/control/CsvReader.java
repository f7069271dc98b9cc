package cn.eldercare.training.roster.control;

import cn.eldercare.platform.i18n.Text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV; row numbers count records, as Excel shows them, not physical lines. */
final class CsvReader {

    /** Excel in China saves CSV as GBK; GB18030 is its superset. */
    private static final Charset CHINESE_WINDOWS = Charset.forName("GB18030");

    private CsvReader() {
    }

    static List<SourceRow> read(byte[] bytes, int maxDataRows) {
        String text = decode(bytes);
        RowCollector rows = new RowCollector(maxDataRows);
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int rowNumber = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                rows.add(rowNumber++, record);
                record = new ArrayList<>();
            } else {
                // A stray quote inside an unquoted field is kept as text, as Excel does.
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableRosterException(Text.of("第" + rowNumber + "行的引号没有闭合",
                    "row " + rowNumber + " has a quote that is never closed"));
        }
        if (!record.isEmpty() || !field.isEmpty()) {
            record.add(field.toString());
            rows.add(rowNumber, record);
        }
        return rows.rows();
    }

    /** Strict UTF-8 first (dropping a BOM); bytes that are not UTF-8 are taken as GB18030. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, CHINESE_WINDOWS);
        }
    }
}
