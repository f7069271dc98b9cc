package cn.eldercare.certs.document.control;

/**
 * One piece of text on the page, placed before any font is embedded, so that each face can be
 * subset to exactly the characters drawn. {@code angle} is in radians around the run's origin;
 * {@code spacing} is extra space after each character, in points.
 */
record TextRun(Face face, float size, float x, float y, float spacing, float angle, Ink ink, String text, Role role) {

    static TextRun at(Face face, float size, float x, float y, Ink ink, String text) {
        return new TextRun(face, size, x, y, 0, 0, ink, text, Role.TEXT);
    }
}
