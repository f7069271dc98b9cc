package cn.eldercare.platform.spreadsheet;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.Locale;

/** A table as the response the caller asked for: the JSON view, or a CSV or XLSX attachment. */
public final class Downloads {

    /** The format parameter's values: json (the default) or a download. */
    public static final String FORMATS = "json|csv|xlsx";
    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static Response of(String format, Object json, Table table, Locale locale) {
        return switch (format) {
            case "csv" -> attachment(Response.ok(table.csv(locale), CSV), table.sheet() + ".csv");
            case "xlsx" -> attachment(Response.ok((StreamingOutput) out -> Xlsx.write(table, locale, out), XLSX), table.sheet() + ".xlsx");
            default -> Response.ok(json, "application/json").build();
        };
    }

    private static Response attachment(Response.ResponseBuilder b, String file) {
        return b.header("Content-Disposition", "attachment; filename=\"" + file + "\"").header("Cache-Control", "private, no-store").build();
    }
}
