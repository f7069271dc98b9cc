package cn.eldercare.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * payara-web.xml names the jars that deployment scans for beans; a module missing from it deploys with none of its
 * beans (a new module did: every injection of its classes failed). Every module of the build must be there.
 */
class DeploymentScanTest {

    @Test
    void everyModuleOfTheBuildIsScannedAtDeployment() throws IOException {
        String modules = Files.readString(Path.of("../pom.xml"));
        String scan = Files.readString(Path.of("src/main/webapp/WEB-INF/payara-web.xml"));
        List<String> missing = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(modules);
        while (m.find()) {
            String module = m.group(1);
            if (!module.equals("app") && !scan.contains("<scanning-include>" + module + "-*</scanning-include>")) {
                missing.add(module);
            }
        }
        assertEquals(List.of(), missing, "modules whose beans deployment would not find");
    }
}
