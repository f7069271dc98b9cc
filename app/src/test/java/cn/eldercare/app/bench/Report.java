package cn.eldercare.app.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the load drivers print: timestamped progress lines and Markdown tables of figures. */
final class Report {

    private Report() {
    }

    /** A Markdown table: the first {@code left} columns left-aligned, the figures right-aligned. */
    static String table(String[] header, List<String[]> rows, int left) {
        int[] w = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] r : all) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : all) {
            b.append('|');
            for (int i = 0; i < w.length; i++) {
                String pad = " ".repeat(w[i] - r[i].length());
                b.append(' ').append(i < left ? r[i] + pad : pad + r[i]).append(" |");
            }
            b.append('\n');
            if (r == header) {
                b.append('|');
                for (int i = 0; i < w.length; i++) {
                    b.append(i < left ? "-".repeat(w[i] + 2) : "-".repeat(w[i] + 1) + ":").append('|');
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** CPU per request as "server+database+driver"; "-" without a server process id. */
    static String cpu(ClosedLoop.Result r) {
        double[] c = r.cpuPerRequest();
        return c == null ? "-" : String.format(Locale.ROOT, "%.2f+%.2f+%.2f", c[0], c[1], c[2]);
    }

    static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static void log(String format, Object... args) {
        System.out.println("[" + LocalTime.now().withNano(0) + "] " + String.format(Locale.ROOT, format, args));
    }
}
