package cn.eldercare.app.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web interface's ES modules import each other without cycles (issue 15 found caregiver.js ↔ enrolments.js). */
class ModuleCyclesTest {

    private static final Path ROOT = Path.of("src/main/webapp/app");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:[^'\"]*from\\s+)?['\"](\\.{1,2}/[^'\"]+)['\"]", Pattern.MULTILINE);

    @Test
    void noModuleImportsItselfThroughOthers() throws IOException {
        Map<Path, List<Path>> imports = new HashMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                List<Path> targets = new ArrayList<>();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    targets.add(file.getParent().resolve(m.group(1)).normalize());
                }
                imports.put(file.normalize(), targets);
            }
        }
        assertTrue(imports.size() > 10, "modules found: " + imports.keySet());
        for (Path start : imports.keySet()) {
            List<Path> cycle = cycleFrom(start, start, imports, new HashSet<>(), new ArrayList<>());
            assertTrue(cycle.isEmpty(), "import cycle: " + cycle);
        }
    }

    private static List<Path> cycleFrom(Path start, Path at, Map<Path, List<Path>> imports, Set<Path> seen, List<Path> path) {
        path.add(at);
        for (Path next : imports.getOrDefault(at, List.of())) {
            if (next.equals(start)) {
                path.add(next);
                return path;
            }
            if (seen.add(next)) {
                List<Path> found = cycleFrom(start, next, imports, seen, path);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }
}
