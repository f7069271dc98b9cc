package cn.eldercare.training.roster.control;

import cn.eldercare.platform.i18n.Text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads an uploaded roster of caregivers. Nothing about the file escapes as an exception:
 * every problem, with the whole file or with one cell, comes back as a {@link RowError}.
 */
public final class RosterParser {

    /** Enough for the largest plausible course intake; larger files are split by the uploader. */
    public static final int MAX_DATA_ROWS = 5_000;
    /** A full 5,000-row roster is well under 1 MB in either format. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private RosterParser() {
    }

    public static RosterParseResult parse(InputStream upload, RosterFormat format) {
        Objects.requireNonNull(format, "format");
        List<SourceRow> rows;
        try {
            rows = read(upload, format);
        } catch (UnreadableRosterException e) {
            return RosterParseResult.rejected(RowError.ofFile(e.reason()));
        }
        if (rows.isEmpty()) {
            return RosterParseResult.rejected(RowError.ofFile(Text.of(
                    "文件为空：第一行应为表头", "the file is empty; the first row must be the header")));
        }
        RosterHeader header = RosterHeader.of(rows.get(0));
        if (!header.problems().isEmpty()) {
            return new RosterParseResult(List.of(), header.problems());
        }
        RosterRowValidator validator = new RosterRowValidator(header);
        List<RosterRow> good = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (SourceRow row : rows.subList(1, rows.size())) {
            validator.validate(row, errors).ifPresent(good::add);
        }
        return new RosterParseResult(good, errors);
    }

    private static List<SourceRow> read(InputStream upload, RosterFormat format) {
        byte[] bytes;
        try {
            bytes = upload.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UnreadableRosterException(Text.of("上传的文件无法读取，请重新上传",
                    "the upload could not be read; please upload it again"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableRosterException(Text.of("文件超过" + MAX_BYTES / 1024 / 1024 + "MB",
                    "the file is larger than " + MAX_BYTES / 1024 / 1024 + " MB"));
        }
        return switch (format) {
            case CSV -> CsvReader.read(bytes, MAX_DATA_ROWS);
            case XLSX -> XlsxReader.read(bytes, MAX_DATA_ROWS);
        };
    }
}
