package cn.eldercare.timebank.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The embedded ledger reads its world state through MVStore API that H2 documents, not through its
 * internals (roots, version-usage counters), so that an H2 upgrade cannot change what a simulation
 * sees without a compile error or a failing test.
 */
class StateApiTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/eldercare/timebank/ledger/embedded");
    private static final List<String> INTERNALS = List.of("RootReference", "TxCounter", "flushAndGetRoot",
            "registerVersionUsage", "deregisterVersionUsage", "map.store", "org.h2.mvstore.tx", "org.h2.mvstore.Page",
            "org.h2.mvstore.Chunk", "org.h2.mvstore.FileStore");

    @Test
    void noClassOfTheEmbeddedLedgerUsesMVStoreInternals() throws IOException {
        final List<String> uses = new ArrayList<>();
        final List<Path> files;
        try (Stream<Path> walk = Files.list(SOURCES)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).toList();
        }
        for (final Path file : files) {
            final String source = Files.readString(file);
            for (final String internal : INTERNALS) {
                if (source.contains(internal) && !file.endsWith("package-info.java")) {
                    uses.add(file.getFileName() + " uses " + internal);
                }
            }
        }
        assertTrue(files.size() > 20, "sources not found in " + SOURCES.toAbsolutePath());
        assertEquals(List.of(), uses);
    }
}
