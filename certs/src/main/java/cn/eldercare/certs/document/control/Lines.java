package cn.eldercare.certs.document.control;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines by character, as Chinese text breaks; the last line ends in … if text is left over. */
final class Lines {

    private Lines() {
    }

    static List<String> wrap(FaceSet faces, String text, float size, float width, int maxLines) {
        List<String> lines = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            String next = line + Character.toString(cps[i]);
            if (faces.width(Face.REGULAR, next, size, 0) > width && line.length() > 0) {
                if (lines.size() == maxLines - 1) {
                    lines.add(ellipsis(faces, line.toString(), size, width));
                    return lines;
                }
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cps[i]);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String ellipsis(FaceSet faces, String line, float size, float width) {
        String cut = line;
        while (!cut.isEmpty() && faces.width(Face.REGULAR, cut + "…", size, 0) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }
}
