package cn.eldercare.certs.document.control;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * Draws a certificate as an unsigned, tagged one-page A4 PDF/A-2b. The text is laid out first, each face
 * is cut down to the characters drawn, and only then is anything embedded. Safe for concurrent use.
 */
public final class CertificateRenderer {

    private record Composition(List<TextRun> runs, Map<Face, TrueTypeFont> subsets) {
    }

    private final FontFaces faces;

    public CertificateRenderer(FontFaces faces) {
        this.faces = faces;
    }

    public byte[] render(CertificateContent content) {
        Composition composition = faces.use(set -> compose(content, set));
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
            for (Map.Entry<Face, TrueTypeFont> s : composition.subsets().entrySet()) {
                fonts.put(s.getKey(), PDType0Font.load(doc, s.getValue(), false));
            }
            Tags tags = new Tags(doc, page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                Tags.artifact(cs, () -> Frame.draw(cs));
                tags.figure(cs, "查验二维码 Verification QR code: " + content.verifyLink(), () -> QrCode.draw(cs, content.verifyLink(),
                        CertificateLayout.QR_X, CertificateLayout.QR_Y, CertificateLayout.QR_SIZE));
                for (TextRun run : composition.runs()) {
                    tags.text(cs, run.role(), () -> draw(cs, fonts.get(run.face()), run));
                }
                Tags.artifact(cs, () -> Seal.draw(cs));
            }
            tags.finish();
            describe(doc, content);
            Archival.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render certificate " + content.number(), e);
        }
    }

    private static Composition compose(CertificateContent content, FaceSet set) {
        List<TextRun> runs = CertificateLayout.compose(content, set);
        Map<Face, SortedSet<Integer>> used = new EnumMap<>(Face.class);
        for (TextRun run : runs) {
            for (int cp : run.text().codePoints().toArray()) {
                if (!set.covers(run.face(), cp)) {
                    throw unprintable(cp);
                }
                used.computeIfAbsent(run.face(), f -> new TreeSet<>()).add(cp);
            }
        }
        Map<Face, TrueTypeFont> subsets = new EnumMap<>(Face.class);
        used.forEach((face, cps) -> subsets.put(face, set.subset(face, cps)));
        return new Composition(runs, subsets);
    }

    private static void draw(PDPageContentStream cs, PDType0Font font, TextRun run) throws IOException {
        cs.beginText();
        cs.setFont(font, run.size());
        cs.setNonStrokingColor(run.ink().r, run.ink().g, run.ink().b);
        cs.setCharacterSpacing(run.spacing());
        cs.setTextMatrix(Matrix.getRotateInstance(run.angle(), run.x(), run.y()));
        cs.showText(run.text());
        cs.endText();
    }

    private static void describe(PDDocument doc, CertificateContent c) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(c.kind().title().zh() + " " + c.number() + (c.version() > 1 ? " 第 " + c.version() + " 版" : ""));
        info.setAuthor(c.printed().baseName());
        info.setCreator("养老护理人才平台 Elder-care workforce platform");
        GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(c.issuedAt().toEpochMilli());
        info.setCreationDate(when);
    }

    /** A name with a character the font lacks (a rare 生僻字) cannot be printed faithfully, so it is refused. */
    private static DomainException unprintable(int cp) {
        String ch = Character.toString(cp);
        String hex = String.format(Locale.ROOT, "U+%04X", cp);
        return DomainException.unprocessable("UNPRINTABLE_CHARACTER", Text.of(
                "证书字体缺少字符“" + ch + "”（" + hex + "），无法打印", "The certificate font lacks the character " + hex));
    }
}
