package no.sentret.infra.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small watchdog process the suite starts first. When the suite's JVM disappears without stopping
 * its components (SIGKILL, a test fork killed on timeout), the reaper stops every process listed
 * in the pid file (apps, Keycloak, PostgreSQL) with their descendants, so none is left behind.
 * Each line is {@code <pid> <start instant>}: a pid reused by an unrelated process is not touched.
 * Usage: {@code SuiteReaper <suite-pid> <pid-file>}; it exits quietly when the pid file is removed
 * (the suite stopped normally).
 */
public final class SuiteReaper {

    private SuiteReaper() {
    }

    public static void main(String[] args) throws Exception {
        long suitePid = Long.parseLong(args[0]);
        Path pidFile = Path.of(args[1]);
        while (true) {
            if (!Files.exists(pidFile)) {
                return;
            }
            if (ProcessHandle.of(suitePid).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(1000);
                continue;
            }
            List<ProcessHandle> orphans = listed(pidFile);
            for (ProcessHandle p : orphans) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
            }
            for (ProcessHandle p : orphans) {
                try {
                    p.onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception stillThere) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            }
            Files.deleteIfExists(pidFile);
            return;
        }
    }

    /** Appends a process to the pid file. */
    static synchronized void register(Path pidFile, long pid) {
        Optional<Instant> started = ProcessHandle.of(pid).flatMap(h -> h.info().startInstant());
        try {
            Files.writeString(pidFile, pid + " " + started.map(Instant::toString).orElse("-") + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not record pid " + pid + " in " + pidFile + ": " + e.getMessage());
        }
    }

    private static List<ProcessHandle> listed(Path pidFile) throws IOException {
        List<ProcessHandle> live = new ArrayList<>();
        for (String line : Files.readAllLines(pidFile)) {
            String[] parts = line.trim().split(" ");
            if (parts.length < 2) {
                continue;
            }
            ProcessHandle.of(Long.parseLong(parts[0]))
                    .filter(h -> parts[1].equals(h.info().startInstant().map(Instant::toString).orElse("-")))
                    .ifPresent(live::add);
        }
        return live;
    }
}
