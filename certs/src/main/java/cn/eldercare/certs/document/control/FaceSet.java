package cn.eldercare.certs.document.control;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * One parsed copy of each face, for one thread at a time: measures text and cuts subsets.
 * We subset ourselves instead of letting PDFBox do it at save time: PDFBox 3.0.5 writes the
 * ToUnicode map from a reverse cmap lookup that picks the first code point of a glyph, and Noto maps
 * CJK radicals to the same glyphs as common characters, so 女 would be extracted as the radical ⼥
 * and pdftotext or a search would not find the holder's name. A subset's cmap holds only the
 * characters used, which leaves one code point per glyph. It is also cheaper.
 */
public final class FaceSet {

    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp", "cmap", "name", "post", "OS/2");

    private final Map<Face, TrueTypeFont> fonts;
    private final Map<Face, CmapLookup> cmaps = new EnumMap<>(Face.class);

    FaceSet(Map<Face, TrueTypeFont> fonts) {
        this.fonts = fonts;
        try {
            for (Map.Entry<Face, TrueTypeFont> f : fonts.entrySet()) {
                cmaps.put(f.getKey(), f.getValue().getUnicodeCmapLookup());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean covers(Face face, int codePoint) {
        return cmaps.get(face).getGlyphId(codePoint) != 0;
    }

    /** Width in points at the given size, with {@code spacing} points after every character. */
    public float width(Face face, String text, float size, float spacing) {
        try {
            TrueTypeFont ttf = fonts.get(face);
            float units = 0;
            for (int cp : text.codePoints().toArray()) {
                units += ttf.getAdvanceWidth(cmaps.get(face).getGlyphId(cp));
            }
            return units * size / ttf.getUnitsPerEm() + spacing * text.codePointCount(0, text.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font file with only these characters, named with the subset tag (e.g. ABCDEF+) that marks subsets. */
    public TrueTypeFont subset(Face face, SortedSet<Integer> codePoints) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(fonts.get(face), TABLES);
            codePoints.forEach(subsetter::add);
            subsetter.setPrefix(tag(codePoints));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            subsetter.writeToStream(out);
            return new TTFParser(true).parse(new RandomAccessReadBuffer(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset the certificate font", e);
        }
    }

    /** Six capital letters derived from the characters, as PDF subset names require. */
    private static String tag(SortedSet<Integer> codePoints) {
        long h = Integer.toUnsignedLong(codePoints.hashCode()) * 2654435761L;
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Long.remainderUnsigned(h, 26)));
            h = Long.divideUnsigned(h, 26) + 7919L * i;
        }
        return tag.append('+').toString();
    }
}
