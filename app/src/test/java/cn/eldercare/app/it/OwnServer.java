package cn.eldercare.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro process of a test's own, serving the built WAR on the embedded default (H2 file
 * database and ledger under {@code dir}), so that a test may kill it without disturbing the server
 * the other tests share. The database settings of the build's environment are dropped: a second
 * server on the shared PostgreSQL database would feed the other's read model.
 */
final class OwnServer implements AutoCloseable {

    private final Path jar;
    private final Path war;
    private final Path dir;
    private final int port;
    private Process process;

    OwnServer(Path jar, Path war, Path dir, int port) {
        this.jar = jar;
        this.war = war;
        this.dir = dir;
        this.port = port;
    }

    HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }

    /** Starts the server (again, on the same data) and returns once it is ready. */
    void start() throws IOException {
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Dh2.baseDir=" + dir, "-Ddata.dir=" + dir.resolve("data"),
                "-jar", jar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--rootDir", dir.resolve("payara").toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("DB_"));
        process = builder.start();
        if (!api().awaitReady(Duration.ofMinutes(10))) {
            throw new IllegalStateException("own server on port " + port + " not ready, see " + dir.resolve("server.log"));
        }
    }

    /** SIGKILL: no shutdown hook, no flush, as a power cut or the OOM killer would end it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the killed server did not exit");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                kill();
            }
        }
    }
}
