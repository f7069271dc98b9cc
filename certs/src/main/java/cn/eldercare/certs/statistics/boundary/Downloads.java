package cn.eldercare.certs.statistics.boundary;

import cn.eldercare.certs.statistics.control.Table;
import cn.eldercare.certs.statistics.control.Xlsx;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.Locale;

/** A table as the response the caller asked for: the JSON view, or a CSV or XLSX attachment. */
final class Downloads {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    static Response of(String format, Object json, Table table, Locale locale) {
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
