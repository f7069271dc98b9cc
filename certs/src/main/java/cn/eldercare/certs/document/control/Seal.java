package cn.eldercare.certs.document.control;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The issuing body's round seal, stamped above its name and the issue date: a red ring, the name
 * along the upper arc with each character turned outwards, a star in the middle and the seal's
 * purpose beneath it. The filled star would blot out any text under it, so the ring ends above the
 * signature block's lines. It is decoration; the digital signature is what proves the issuer.
 */
final class Seal {

    static final float CX = 175;
    static final float CY = 272;
    static final float RADIUS = 50;
    private static final double SPAN = Math.toRadians(236);

    private Seal() {
    }

    static List<TextRun> runs(String name, FaceSet faces) {
        List<TextRun> runs = new ArrayList<>();
        int[] chars = name.codePoints().toArray();
        float size = (float) Math.min(11, (RADIUS - 12) * SPAN / Math.max(chars.length, 1) * 0.92);
        float r = RADIUS - 5 - size * 0.88f;
        double step = chars.length > 1 ? SPAN / (chars.length - 1) : 0;
        for (int i = 0; i < chars.length; i++) {
            double theta = Math.PI / 2 + SPAN / 2 - i * step;
            double turn = theta - Math.PI / 2;
            String ch = Character.toString(chars[i]);
            float half = faces.width(Face.BOLD, ch, size, 0) / 2;
            float x = (float) (CX + r * Math.cos(theta) - half * Math.cos(turn));
            float y = (float) (CY + r * Math.sin(theta) - half * Math.sin(turn));
            runs.add(new TextRun(Face.BOLD, size, x, y, 0, (float) turn, Ink.SEAL_RED, ch, Role.DECORATION));
        }
        String purpose = "证书专用章";
        float w = faces.width(Face.BOLD, purpose, 8, 0.5f);
        runs.add(new TextRun(Face.BOLD, 8, CX - w / 2, CY - 30, 0.5f, 0, Ink.SEAL_RED, purpose, Role.DECORATION));
        return runs;
    }

    static void draw(PDPageContentStream cs) throws IOException {
        cs.setStrokingColor(Ink.SEAL_RED.r, Ink.SEAL_RED.g, Ink.SEAL_RED.b);
        cs.setNonStrokingColor(Ink.SEAL_RED.r, Ink.SEAL_RED.g, Ink.SEAL_RED.b);
        cs.setLineWidth(2.4f);
        circle(cs, CX, CY, RADIUS);
        cs.stroke();
        star(cs, CX, CY - 2, 15);
        cs.fill();
    }

    /** A circle from four Bézier quarter arcs (k = 0.5523 is the usual control-point factor). */
    private static void circle(PDPageContentStream cs, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(x + r, y);
        cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        cs.closePath();
    }

    private static void star(PDPageContentStream cs, float x, float y, float outer) throws IOException {
        float inner = outer * 0.382f;
        for (int i = 0; i < 10; i++) {
            double a = Math.PI / 2 + i * Math.PI / 5;
            float r = i % 2 == 0 ? outer : inner;
            float px = (float) (x + r * Math.cos(a));
            float py = (float) (y + r * Math.sin(a));
            if (i == 0) {
                cs.moveTo(px, py);
            } else {
                cs.lineTo(px, py);
            }
        }
        cs.closePath();
    }
}
