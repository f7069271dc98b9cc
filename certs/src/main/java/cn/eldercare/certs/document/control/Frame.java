package cn.eldercare.certs.document.control;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;

/** The fixed decoration of every certificate: a double border with corner marks and a double rule under the title. */
final class Frame {

    private static final float W = PDRectangle.A4.getWidth();
    private static final float H = PDRectangle.A4.getHeight();

    private Frame() {
    }

    static void draw(PDPageContentStream cs) throws IOException {
        cs.setStrokingColor(Ink.DARK_RED.r, Ink.DARK_RED.g, Ink.DARK_RED.b);
        cs.setNonStrokingColor(Ink.DARK_RED.r, Ink.DARK_RED.g, Ink.DARK_RED.b);
        cs.setLineWidth(2.6f);
        cs.addRect(26, 26, W - 52, H - 52);
        cs.stroke();
        cs.setLineWidth(0.8f);
        cs.addRect(34, 34, W - 68, H - 68);
        cs.stroke();
        for (float[] corner : new float[][]{{34, 34}, {W - 34, 34}, {34, H - 34}, {W - 34, H - 34}}) {
            diamond(cs, corner[0], corner[1], 5);
        }
        cs.fill();
        rule(cs, 702, 0.9f);
        rule(cs, 698.5f, 0.35f);
    }

    private static void diamond(PDPageContentStream cs, float x, float y, float r) throws IOException {
        cs.moveTo(x, y + r);
        cs.lineTo(x + r, y);
        cs.lineTo(x, y - r);
        cs.lineTo(x - r, y);
        cs.closePath();
    }

    private static void rule(PDPageContentStream cs, float y, float width) throws IOException {
        cs.setLineWidth(width);
        cs.moveTo(150, y);
        cs.lineTo(W - 150, y);
        cs.stroke();
    }
}
