package cn.eldercare.certs.document.control;

import java.util.List;

/** Places measured text: centred lines, and label–value rows whose long values shrink, then wrap. */
final class Columns {

    private static final float FIELD_SIZE = 15;
    private static final float SMALLEST = 10;

    private final FaceSet faces;
    private final List<TextRun> runs;

    Columns(FaceSet faces, List<TextRun> runs) {
        this.faces = faces;
        this.runs = runs;
    }

    void centered(Face face, float size, float spacing, float y, Ink ink, String text, float centre) {
        centered(face, size, spacing, y, ink, text, centre, Float.MAX_VALUE);
    }

    /** Centred on {@code centre}, shrunk if needed to stay within {@code maxWidth}. */
    void centered(Face face, float size, float spacing, float y, Ink ink, String text, float centre, float maxWidth) {
        centered(Role.TEXT, face, size, spacing, y, ink, text, centre, maxWidth);
    }

    void heading(Face face, float size, float spacing, float y, Ink ink, String text, float centre) {
        centered(Role.HEADING, face, size, spacing, y, ink, text, centre, Float.MAX_VALUE);
    }

    private void centered(Role role, Face face, float size, float spacing, float y, Ink ink, String text, float centre,
                          float maxWidth) {
        float width = faces.width(face, text, size, spacing) - spacing;
        float fitted = width > maxWidth ? size * maxWidth / width : size;
        float w = faces.width(face, text, fitted, spacing) - spacing;
        runs.add(new TextRun(face, fitted, centre - w / 2, y, spacing, 0, ink, text, role));
    }

    /** From the values' left edge, shrunk if needed to stay within {@code maxWidth}. */
    void left(Face face, float size, float y, Ink ink, String text, float maxWidth) {
        float width = faces.width(face, text, size, 0);
        float fitted = width > maxWidth ? size * maxWidth / width : size;
        runs.add(TextRun.at(face, fitted, CertificateLayout.VALUE_LEFT, y, ink, text));
    }

    void field(String label, String value, float y) {
        String withColon = label + "：";
        float lw = faces.width(Face.BOLD, withColon, 14, 0);
        runs.add(TextRun.at(Face.BOLD, 14, CertificateLayout.LABEL_RIGHT - lw, y, Ink.GREY, withColon));
        float room = CertificateLayout.VALUE_RIGHT - CertificateLayout.VALUE_LEFT;
        float size = FIELD_SIZE;
        while (size > SMALLEST && faces.width(Face.REGULAR, value, size, 0) > room) {
            size -= 0.5f;
        }
        if (faces.width(Face.REGULAR, value, size, 0) <= room) {
            runs.add(TextRun.at(Face.REGULAR, size, CertificateLayout.VALUE_LEFT, y, Ink.BLACK, value));
            return;
        }
        List<String> lines = Lines.wrap(faces, value, SMALLEST - 1, room, 3);
        float top = y + (lines.size() - 1) * 5.5f;
        for (int i = 0; i < lines.size(); i++) {
            runs.add(TextRun.at(Face.REGULAR, SMALLEST - 1, CertificateLayout.VALUE_LEFT, top - i * 11, Ink.BLACK, lines.get(i)));
        }
    }
}
