package cn.eldercare.training.roster.control;

import cn.eldercare.platform.i18n.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads RFC 4180 CSV with Apache Commons CSV; row numbers count records, as Excel shows them, not physical lines. */
final class CsvReader {

    /** Excel in China saves CSV as GBK; GB18030 is its superset. */
    private static final Charset CHINESE_WINDOWS = Charset.forName("GB18030");
    /**
     * Empty lines stay records, so that row numbers match the spreadsheet's (the collector skips them); text after
     * a closing quote is kept, as Excel does.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(true).get();

    private CsvReader() {
    }

    static List<SourceRow> read(byte[] bytes, int maxDataRows) {
        RowCollector rows = new RowCollector(maxDataRows);
        long lastRead = 0;
        try (CSVParser parser = FORMAT.parse(new StringReader(decode(bytes)))) {
            for (CSVRecord record : parser) {
                lastRead = record.getRecordNumber();
                rows.add(Math.toIntExact(lastRead), record.toList());
            }
        } catch (IOException | UncheckedIOException unclosedQuote) {
            // the only way reading a string fails: a quoted cell that runs to the end of the file
            long rowNumber = lastRead + 1;
            throw new UnreadableRosterException(Text.of("第" + rowNumber + "行的引号没有闭合",
                    "row " + rowNumber + " has a quote that is never closed"));
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
