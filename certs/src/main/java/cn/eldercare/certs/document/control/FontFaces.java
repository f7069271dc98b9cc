package cn.eldercare.certs.document.control;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The certificate fonts, parsed once per pooled set: reading and parsing the 10 MB font files
 * for every certificate would cost more than everything else. A parsed font reads its tables lazily
 * from one stream and is not safe for two threads at once, so parsed sets are pooled: a renderer
 * borrows one, and at most {@code capacity} exist, which also bounds the memory they take. The parser
 * keeps a copy of the file's bytes, so the files are read from the class path for each set rather
 * than kept beside the sets (20 MB of heap less).
 */
public final class FontFaces {

    private final BlockingQueue<FaceSet> idle;
    private final AtomicInteger created = new AtomicInteger();
    private final int capacity;

    public FontFaces(int capacity) {
        this.capacity = capacity;
        this.idle = new ArrayBlockingQueue<>(capacity);
    }

    /** Runs the work with a parsed set of faces that no other thread uses meanwhile. */
    public <T> T use(Function<FaceSet, T> work) {
        FaceSet set = borrow();
        try {
            return work.apply(set);
        } finally {
            idle.add(set);
        }
    }

    private FaceSet borrow() {
        FaceSet set = idle.poll();
        if (set != null) {
            return set;
        }
        if (created.incrementAndGet() <= capacity) {
            return parse();
        }
        created.decrementAndGet();
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a font", e);
        }
    }

    private FaceSet parse() {
        Map<Face, org.apache.fontbox.ttf.TrueTypeFont> fonts = new EnumMap<>(Face.class);
        try {
            for (Face face : Face.values()) {
                fonts.put(face, new TTFParser().parse(new RandomAccessReadBuffer(read(face.resource))));
            }
            return new FaceSet(fonts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the certificate fonts", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFaces.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the class path (ph-fonts-noto-sans-sc)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
