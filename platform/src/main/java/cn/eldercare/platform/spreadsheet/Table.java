package cn.eldercare.platform.spreadsheet;

import cn.eldercare.platform.i18n.Text;

import java.util.List;
import java.util.Locale;

/** A statistics table as the downloads show it: headers in both languages and rows of strings and numbers. */
public record Table(String sheet, List<Text> headers, List<List<Object>> rows) {

    public String csv(Locale locale) {
        Csv csv = new Csv().row(headers.stream().map(h -> h.in(locale)).toArray(String[]::new));
        for (List<Object> row : rows) {
            csv.row(row.stream().map(v -> v == null ? "" : v.toString()).toArray(String[]::new));
        }
        return csv.text();
    }
}
