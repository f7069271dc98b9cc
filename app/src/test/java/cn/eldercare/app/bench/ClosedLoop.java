package cn.eldercare.app.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongFunction;

/**
 * A closed-loop load: {@code concurrency} threads, each sending its next request as soon as the
 * previous one is answered, so exactly that many requests are in flight. After a warm-up that is
 * not recorded, every request started inside the measured window is timed (send to last body byte).
 */
final class ClosedLoop {

    /** What one phase measured. Latencies in nanoseconds, sorted. */
    record Result(String name, int concurrency, double seconds, long[] latencies, long errors, long[] perSecond,
                  List<String> errorSamples, long[] cpu) {

        long count() {
            return latencies.length;
        }

        double throughput() {
            return latencies.length / seconds;
        }

        /** Nearest-rank percentile in milliseconds. */
        double pct(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1e6;
        }

        /** CPU milliseconds per request (successful or not) of server, database and driver; null if not measured. */
        double[] cpuPerRequest() {
            if (cpu == null) {
                return null;
            }
            double n = Math.max(1, latencies.length + errors);
            return new double[] {cpu[0] / 1e6 / n, cpu[1] / 1e6 / n, cpu[2] / 1e6 / n};
        }

        double max() {
            return latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;
        }

        /** Completed requests in each full second of the window: min, median, max. */
        long[] perSecondMinMedMax() {
            if (perSecond.length == 0) {
                return new long[] {0, 0, 0};
            }
            long[] s = perSecond.clone();
            Arrays.sort(s);
            return new long[] {s[0], s[s.length / 2], s[s.length - 1]};
        }

        /** Several results of the same kind (rounds interleaved with other phases) pooled into one. */
        static Result pool(String name, List<Result> parts) {
            int n = 0;
            for (Result r : parts) {
                n += r.latencies.length;
            }
            long[] all = new long[n];
            int at = 0;
            double seconds = 0;
            long errors = 0;
            List<long[]> secs = new ArrayList<>();
            List<String> samples = new ArrayList<>();
            long[] cpu = parts.stream().allMatch(r -> r.cpu != null) ? new long[3] : null;
            for (Result r : parts) {
                if (cpu != null) {
                    for (int i = 0; i < 3; i++) {
                        cpu[i] += r.cpu[i];
                    }
                }
                System.arraycopy(r.latencies, 0, all, at, r.latencies.length);
                at += r.latencies.length;
                seconds += r.seconds;
                errors += r.errors;
                secs.add(r.perSecond);
                samples.addAll(r.errorSamples);
            }
            Arrays.sort(all);
            return new Result(name, parts.get(0).concurrency, seconds, all, errors,
                    secs.stream().flatMapToLong(Arrays::stream).toArray(), samples, cpu);
        }
    }

    /** Builds request number {@code i} (numbered from 0 across warm-up and window). */
    interface Requests extends LongFunction<HttpRequest> {
    }

    private final CpuMeter meter;

    /** With a meter, the CPU time of the measured window is recorded too. */
    ClosedLoop(CpuMeter meter) {
        this.meter = meter;
    }

    Result run(String name, int concurrency, double warmupSeconds, double seconds, Requests requests, int expectedStatus)
            throws InterruptedException {
        return run(name, concurrency, warmupSeconds, seconds, () -> new Caller() {
            private final PlainHttp http = new PlainHttp();

            @Override
            public String call(long i) {
                HttpRequest request = requests.apply(i);
                if (request == null) {
                    return EXHAUSTED;
                }
                try {
                    PlainHttp.Answer r = http.send(request);
                    return r.status() == expectedStatus ? null : r.status() + " " + r.body();
                } catch (IOException e) {
                    return e.toString();
                }
            }

            @Override
            public void close() {
                http.close();
            }
        });
    }

    /** One thread's way of making call number {@code i}: null when it succeeded, else what went wrong. */
    interface Caller extends AutoCloseable {
        /** What {@link #call} answers when the source of calls has run dry. */
        String EXHAUSTED = "\u0000exhausted";

        String call(long i);

        @Override
        void close();
    }

    /** The same closed loop over any kind of call, each thread with a caller of its own. */
    Result run(String name, int concurrency, double warmupSeconds, double seconds, java.util.function.Supplier<Caller> callers)
            throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long windowStart = start + (long) (warmupSeconds * 1e9);
        long windowEnd = windowStart + (long) (seconds * 1e9);
        int buckets = (int) Math.floor(seconds);
        AtomicLongArray perSecond = new AtomicLongArray(Math.max(buckets, 1));
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        List<long[]> recorded = new ArrayList<>();
        int[] sizes = new int[concurrency];
        CountDownLatch done = new CountDownLatch(concurrency);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            long[][] mine = {new long[4096]};
            int index = t;
            recorded.add(null);
            Thread thread = new Thread(() -> {
                int size = 0;
                try (Caller caller = callers.get()) {
                    while (true) {
                        long i = next.getAndIncrement();
                        long t0 = System.nanoTime();
                        if (t0 >= windowEnd) {
                            break;
                        }
                        String failure = caller.call(i);
                        if (Caller.EXHAUSTED.equals(failure)) {
                            break; // the request source is exhausted
                        }
                        long t1 = System.nanoTime();
                        if (t0 < windowStart) {
                            continue;
                        }
                        if (failure != null) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(failure.length() > 300 ? failure.substring(0, 300) : failure);
                            }
                            continue;
                        }
                        if (size == mine[0].length) {
                            mine[0] = Arrays.copyOf(mine[0], size * 2);
                        }
                        mine[0][size++] = t1 - t0;
                        int second = (int) ((t1 - windowStart) / 1_000_000_000L);
                        if (second < buckets) {
                            perSecond.incrementAndGet(second);
                        }
                    }
                } finally {
                    sizes[index] = size;
                    synchronized (recorded) {
                        recorded.set(index, mine[0]);
                    }
                    done.countDown();
                }
            }, name + "-" + t);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        CpuMeter.Sample[] atStart = new CpuMeter.Sample[1];
        if (meter != null) {
            long wait = windowStart - System.nanoTime();
            if (wait > 0 && !done.await(wait, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                atStart[0] = meter.sample();
            } else if (wait <= 0) {
                atStart[0] = meter.sample();
            }
        }
        done.await();
        long stopped = System.nanoTime();
        long[] cpu = atStart[0] == null ? null : CpuMeter.between(atStart[0], meter.sample());
        int n = 0;
        for (int s : sizes) {
            n += s;
        }
        long[] all = new long[n];
        int at = 0;
        synchronized (recorded) {
            for (int t = 0; t < concurrency; t++) {
                System.arraycopy(recorded.get(t), 0, all, at, sizes[t]);
                at += sizes[t];
            }
        }
        Arrays.sort(all);
        // a source that ran dry ends the window early: divide by the time actually measured
        double measured = Math.max(1e-9, (Math.min(stopped, windowEnd) - windowStart) / 1e9);
        long[] secs = new long[Math.min(buckets, (int) Math.floor(measured))];
        for (int i = 0; i < secs.length; i++) {
            secs[i] = perSecond.get(i);
        }
        return new Result(name, concurrency, measured, all, errors.get(), secs, List.copyOf(errorSamples), cpu);
    }
}
