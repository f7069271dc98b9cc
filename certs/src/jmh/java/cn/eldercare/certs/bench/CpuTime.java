package cn.eldercare.certs.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The same code paths as {@link CertificateBenchmark}, timed by the CPU time of the measuring thread
 * rather than the wall clock: on a shared machine whose other tenants keep both cores busy, wall-clock
 * figures measure the neighbours, while CPU time per operation still says what one core can do.
 * Run: {@code java -cp certs/target/certs-bench.jar cn.eldercare.certs.bench.CpuTime [operations]}.
 */
public final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        CertificateBenchmark b = new CertificateBenchmark();
        b.setUp();
        List<Callable<byte[]>> ops = List.of(b::raw, b::render, b::sign, b::renderAndSign);
        List<String> names = List.of("raw", "render", "sign", "renderAndSign");
        for (int i = 0; i < ops.size(); i++) {
            measure(ops.get(i), n / 2);
            double[] p = measure(ops.get(i), n);
            System.out.printf(Locale.ROOT, "%-14s cpu mean %.2f ms  p50 %.2f ms  p99 %.2f ms  (%d ops)%n", names.get(i), p[0], p[1], p[2], n);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        List<Future<double[]>> each = new ArrayList<>();
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long wall = System.nanoTime();
        for (int t = 0; t < cores; t++) {
            each.add(pool.submit(() -> measure(b::renderAndSign, n)));
        }
        double cpu = 0;
        for (Future<double[]> f : each) {
            cpu += f.get()[0];
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        double all = (((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
                - process) / 1e6 / (cores * n);
        pool.shutdown();
        System.out.printf(Locale.ROOT, "renderAndSign on %d threads: %.2f ms CPU per certificate on the signing threads, %.2f ms with GC"
                        + " and JIT (whole process): %.0f/s by CPU time on %d idle cores (%.0f/s wall clock on this shared machine)%n",
                cores, cpu / cores, all, cores * 1000 / all, cores, cores * n / seconds);
    }

    /** Mean, median and 99th percentile of the CPU milliseconds one operation takes on the calling thread. */
    private static double[] measure(Callable<byte[]> op, int n) throws Exception {
        long[] cpu = new long[n];
        for (int i = 0; i < n; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            op.call();
            cpu[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        java.util.Arrays.sort(cpu);
        double mean = java.util.Arrays.stream(cpu).average().orElse(0) / 1e6;
        return new double[]{mean, cpu[n / 2] / 1e6, cpu[(int) (n * 0.99)] / 1e6};
    }
}
