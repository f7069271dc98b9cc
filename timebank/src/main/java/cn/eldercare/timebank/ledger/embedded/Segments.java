package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The segment files of a block log: {@code blocks-<number of the first block, 20 digits>.log},
 * so a name sorts with its number and says where to start reading for a given block.
 */
final class Segments {

    private static final Pattern NAME = Pattern.compile("blocks-(\\d{20})\\.log");

    private Segments() {
    }

    static Path file(final Path directory, final long firstBlock) {
        return directory.resolve(String.format("blocks-%020d.log", firstBlock));
    }

    static long firstBlock(final Path segment) {
        final Matcher name = NAME.matcher(segment.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException("not a segment: " + segment);
        }
        return Long.parseLong(name.group(1));
    }

    /** Every segment of the directory, in block order. */
    static List<Path> list(final Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
    }

    /** Index of the segment holding {@code block}: the last one starting at or before it (0 when none does). */
    static int holding(final List<Path> segments, final long block) {
        int index = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (firstBlock(segments.get(i)) <= block) {
                index = i;
            }
        }
        return index;
    }
}
