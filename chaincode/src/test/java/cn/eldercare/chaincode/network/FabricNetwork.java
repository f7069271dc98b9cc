package cn.eldercare.chaincode.network;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scripts in chaincode/network against a work directory under target/, and says
 * whether the Fabric binaries they need are installed.
 */
final class FabricNetwork {

    static final int SKIPPED = 77;
    static final List<String> TOOLS = List.of("cryptogen", "configtxgen", "orderer", "peer", "osnadmin");

    private final Path scripts = Path.of(System.getProperty("network.dir", "network"));
    private final Path work;

    FabricNetwork(final Path work) {
        this.work = work;
    }

    Path work() {
        return work;
    }

    /** The Fabric binaries from $FABRIC_BIN (default /opt/fabric/bin) or PATH, if all of them are there. */
    static Optional<Path> binaries() {
        final String fabricBin = System.getenv().getOrDefault("FABRIC_BIN", "/opt/fabric/bin");
        final String path = (fabricBin == null ? "" : fabricBin + File.pathSeparator) + System.getenv("PATH");
        for (final String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && TOOLS.stream().allMatch(t -> Files.isExecutable(Path.of(dir, t)))) {
                return Optional.of(Path.of(dir));
            }
        }
        return Optional.empty();
    }

    /** Runs one script (up.sh, deploy.sh, down.sh), logging to the work directory; returns its exit code. */
    int run(final String script) throws IOException, InterruptedException {
        Files.createDirectories(work.getParent());
        final ProcessBuilder builder = new ProcessBuilder("bash", scripts.resolve(script).toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolveSibling("network-scripts.log").toFile()));
        builder.environment().put("TIMEBANK_NET_DIR", work.toString());
        builder.environment().put("CCAAS_JAR", System.getProperty("ccaas.jar"));
        final Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroy();
            throw new IllegalStateException(script + " did not finish in 10 minutes");
        }
        return process.exitValue();
    }

    Path orgDir(final String domain) {
        return work.resolve("crypto/peerOrganizations").resolve(domain);
    }
}
