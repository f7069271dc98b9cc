package cn.eldercare.timebank.ledger.fabric;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs chaincode/network's up.sh, deploy.sh and down.sh against a work directory of this module's
 * target/, logging to target/fabric-network-scripts.log.
 */
final class NetworkScripts {

    /** What the scripts exit with when the Fabric binaries are missing. */
    static final int SKIPPED = 77;
    private static final List<String> TOOLS = List.of("cryptogen", "configtxgen", "orderer", "peer", "osnadmin");

    private final Path scripts;
    private final Path work;
    private final Path ccaasJar;

    NetworkScripts(final Path scripts, final Path work, final Path ccaasJar) {
        this.scripts = scripts;
        this.work = work;
        this.ccaasJar = ccaasJar;
    }

    /** Whether $FABRIC_BIN (default /opt/fabric/bin) or a directory on PATH holds all the binaries the scripts use. */
    static boolean binariesPresent() {
        final String fabricBin = System.getenv().getOrDefault("FABRIC_BIN", "/opt/fabric/bin");
        final String path = (fabricBin == null ? "" : fabricBin + File.pathSeparator) + System.getenv("PATH");
        for (final String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && TOOLS.stream().allMatch(tool -> Files.isExecutable(Path.of(dir, tool)))) {
                return true;
            }
        }
        return false;
    }

    Path work() {
        return work;
    }

    Path organisation(final String domain) {
        return work.resolve("crypto/peerOrganizations").resolve(domain);
    }

    /** The organisations' client identities up.sh writes for the application. */
    Path wallet() {
        return work.resolve("wallet");
    }

    Path ccaasJar() {
        return ccaasJar;
    }

    /** Runs one script to its end (ten minutes at most) and returns its exit code. */
    int run(final String script) throws IOException, InterruptedException {
        return run(script, ccaasJar);
    }

    /** Runs one script with another chaincode jar, as an operator deploying a new version does. */
    int run(final String script, final Path jar) throws IOException, InterruptedException {
        final ProcessBuilder builder = new ProcessBuilder("bash", scripts.resolve(script).toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        work.resolveSibling("fabric-network-scripts.log").toFile()));
        builder.environment().put("TIMEBANK_NET_DIR", work.toString());
        builder.environment().put("CCAAS_JAR", jar.toString());
        final Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroy();
            throw new IllegalStateException(script + " did not finish in ten minutes");
        }
        return process.exitValue();
    }
}
