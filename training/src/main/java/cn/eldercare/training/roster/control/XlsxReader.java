package cn.eldercare.training.roster.control;

import cn.eldercare.platform.i18n.Text;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Streams the first sheet of an .xlsx with POI's event API, so a large upload is never held
 * as a whole workbook; POI's zip-bomb limits (ZipSecureFile) and hardened XML parser apply.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static List<SourceRow> read(byte[] bytes, int maxDataRows) {
        RowCollector rows = new RowCollector(maxDataRows);
        try {
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            try {
                readFirstSheet(pkg, rows);
            } finally {
                pkg.revert(); // read-only use: discard rather than close, which may try to save
            }
        } catch (UnreadableRosterException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // Garbage, a legacy .xls, an encrypted workbook or a zip bomb: POI signals each
            // differently, and all mean the same to the uploader.
            throw unreadable();
        }
        return rows.rows();
    }

    private static void readFirstSheet(OPCPackage pkg, RowCollector rows)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw unreadable();
        }
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                new ReadOnlySharedStringsTable(pkg), new RowHandler(rows), formatter(), false));
        try (InputStream sheet = sheets.next()) {
            parser.parse(new InputSource(sheet));
        }
    }

    /**
     * POI renders "General" numbers of 12 or more digits in scientific notation, so an ID number
     * typed as a number would read 4.10102E+17; plain digits let validation explain the real problem.
     */
    private static DataFormatter formatter() {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        DecimalFormat plain = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        formatter.addFormat("General", plain);
        return formatter;
    }

    private static UnreadableRosterException unreadable() {
        return new UnreadableRosterException(Text.of(
                "无法作为Excel（.xlsx）文件读取：文件可能已损坏、加密，或不是.xlsx格式（.xls请另存为.xlsx）",
                "the file cannot be read as Excel (.xlsx): it may be damaged, encrypted or another format "
                        + "(save .xls files as .xlsx)"));
    }

    /** Turns POI's cell callbacks into rows, filling gaps left by empty cells. */
    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowCollector rows;
        private final List<String> cells = new ArrayList<>();

        RowHandler(RowCollector rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowIndex) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowIndex) {
            rows.add(rowIndex + 1, cells);
        }
    }
}
