package no.sentret.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time (user + system) spent by each process of the bench (the apps, PostgreSQL with its
 * backends, the broker, the load generator) between two snapshots. On a machine shared with other
 * builds, throughput drifts with their load; CPU time per request of our own processes is the
 * steadier figure (issue 20: "measure and cut CPU time per request across all processes").
 */
final class CpuMeter {

    private final Map<String, Supplier<List<ProcessHandle>>> groups = new LinkedHashMap<>();

    CpuMeter add(String name, ProcessHandle process) {
        groups.put(name, () -> List.of(process));
        return this;
    }

    /** A process and every descendant alive at snapshot time (PostgreSQL's backends are its postmaster's children). */
    CpuMeter addTree(String name, Supplier<ProcessHandle> root) {
        groups.put(name, () -> {
            ProcessHandle r = root.get();
            List<ProcessHandle> all = new ArrayList<>();
            if (r != null) {
                all.add(r);
                r.descendants().forEach(all::add);
            }
            return all;
        });
        return this;
    }

    /**
     * The JIT compiler threads of a JVM ({@code C1/C2 CompilerThread}, from {@code /proc/<pid>/task}): part of
     * that process's CPU, printed as "of which JIT" — an app that is still compiling is not in its steady state.
     */
    CpuMeter addJit(String name, ProcessHandle process) {
        groups.put(name + JIT, () -> List.of(process));
        return this;
    }

    private static final String JIT = " JIT";

    private static long jitMillis(ProcessHandle p) {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(p.pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                    if (!stat.substring(open + 1, close).contains("CompilerThre")) {
                        continue;
                    }
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    Map<String, Long> snapshotMillis() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<List<ProcessHandle>>> g : groups.entrySet()) {
            long millis = 0;
            for (ProcessHandle p : g.getValue().get()) {
                millis += g.getKey().endsWith(JIT) ? jitMillis(p) : p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
            }
            cpu.put(g.getKey(), millis);
        }
        return cpu;
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new LinkedHashMap<>();
        after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0L)));
        return d;
    }

    /** "visit 1.23 + gateway 0.45 + ... = 3.10 ms CPU per request" */
    /**
     * A JIT share of an app's CPU above which it has not reached its steady state, when the JIT's own time per
     * request is at least {@link #STILL_COMPILING_MS} (an app that hardly takes part, e.g. health-service in a
     * visit, compiles a few hundredths of a millisecond per request for long: that changes no figure).
     */
    static final double STILL_COMPILING = 0.10;
    static final double STILL_COMPILING_MS = 0.05;

    static String perRequest(Map<String, Long> delta, long requests) {
        if (requests == 0) {
            return "no requests";
        }
        StringBuilder s = new StringBuilder();
        List<String> compiling = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Long> e : delta.entrySet()) {
            if (e.getValue() <= 0 || e.getKey().endsWith(JIT)) {
                continue;
            }
            total += e.getValue();
            s.append(s.length() == 0 ? "" : " + ").append(String.format("%s %.2f", e.getKey(), e.getValue() / (double) requests));
            Long jit = delta.get(e.getKey() + JIT);
            if (jit != null && jit > 0) {
                s.append(String.format(" (JIT %.2f)", jit / (double) requests));
                if (jit > e.getValue() * STILL_COMPILING && jit / (double) requests >= STILL_COMPILING_MS) {
                    compiling.add(e.getKey());
                }
            }
        }
        s.append(String.format(" = %.2f ms CPU per request", total / (double) requests));
        // a share above this is warm-up measured, not the steady state: the figures of this kind are not comparable yet
        return compiling.isEmpty() ? s.toString() : s.append(" [still compiling: ").append(String.join(", ", compiling))
                .append("; a longer SENTRET_BENCH_WARMUP]").toString();
    }

    /** The postmaster, from the pid file in PostgreSQL's data directory. */
    static Supplier<ProcessHandle> postmaster(Path dataDir) {
        return () -> {
            try {
                long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
                return ProcessHandle.of(pid).orElse(null);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        };
    }

    /** The first process below the bench whose command line holds {@code text} (e.g. the broker by its config file). */
    static ProcessHandle descendant(String text) {
        return ProcessHandle.current().descendants().filter(p -> commandLine(p).contains(text)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no process below the bench runs with " + text));
    }

    /** ProcessHandle.Info leaves out a command line as long as the broker's (its class path): read /proc */
    static String commandLine(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
