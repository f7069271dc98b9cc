package cn.eldercare.app.it;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Payara Micro process of a test's own, serving the built WAR with its embedded ledger under
 * {@code dir} and the database its {@code DB_*} settings name, so that a test may kill it without
 * disturbing the server the other tests share (whose database settings it never inherits: a second
 * server on the same database would feed the other's read model).
 */
final class OwnServer implements AutoCloseable {

    private final Path jar;
    private final Path war;
    private final Path dir;
    private final int port;
    private final Map<String, String> database;
    private Process process;
    private long logStart;

    OwnServer(Path jar, Path war, Path dir, int port, Map<String, String> database) {
        this.jar = jar;
        this.war = war;
        this.dir = dir;
        this.port = port;
        this.database = Map.copyOf(database);
    }

    HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }

    /**
     * Starts the server (again, on the same data) and returns how long it took to be ready. Payara's
     * own directory is made afresh each time: one kept from the last start deploys the WAR it holds
     * and then {@code --deploy} deploys it again, and requests in between get Payara's 404 and 503 pages.
     */
    Duration start() throws IOException {
        long began = System.nanoTime();
        launch();
        if (!api().awaitReady(Duration.ofMinutes(10))) {
            throw new IllegalStateException("own server on port " + port + " not ready, see " + log());
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** Starts the server process without waiting for it. */
    void launch() throws IOException {
        Path payara = dir.resolve("payara");
        deleteTree(payara);
        Files.createDirectories(dir);
        // not run as payara-micro*.jar: the plugin's stop goal in any `mvn verify` on the machine kills those
        Path micro = dir.resolve("micro.jar");
        if (!Files.exists(micro)) {
            Files.copy(jar, micro);
        }
        logStart = Files.exists(log()) ? Files.size(log()) : 0;
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Dh2.baseDir=" + dir, "-Ddata.dir=" + dir.resolve("data"),
                "-jar", micro.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--rootDir", payara.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("DB_"));
        environment.putAll(database);
        process = builder.start();
    }

    /** Waits until the server, since its last launch, has logged a line containing {@code text}. */
    void awaitLog(String text) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (SeekableByteChannel channel = Files.newByteChannel(log())) {
                String since = new String(Channels.newInputStream(channel.position(logStart)).readAllBytes(),
                        StandardCharsets.UTF_8);
                if (since.contains(text)) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("own server never logged '" + text + "', see " + log());
    }

    private Path log() {
        return dir.resolve("server.log");
    }

    static void deleteTree(Path tree) throws IOException {
        if (Files.exists(tree)) {
            try (Stream<Path> files = Files.walk(tree)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
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
