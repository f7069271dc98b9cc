package cn.eldercare.certs.document.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.Map;

/**
 * The verification QR code, drawn as vector squares rather than an image: sharp at any zoom or print
 * size and a few hundred bytes. Level M survives a little dirt or a crease on a printed copy.
 */
final class QrCode {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
            EncodeHintType.CHARACTER_SET, "UTF-8");

    private QrCode() {
    }

    static void draw(PDPageContentStream cs, String text, float x, float y, float size) throws IOException {
        BitMatrix m = matrix(text);
        float module = size / m.getWidth();
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                cs.addRect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        cs.fill();
    }

    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the verification link as a QR code", e);
        }
    }
}
