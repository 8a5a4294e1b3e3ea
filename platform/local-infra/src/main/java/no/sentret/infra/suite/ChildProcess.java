package no.sentret.infra.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A component process whose output goes to its own log file. Stopping it also stops its
 * descendants: Keycloak's kc.sh starts a java process, and that one must not outlive the suite.
 * It remembers how it was started, so that {@link #startAgain} brings the same component back (same
 * command, ports and environment) after it died.
 */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final List<String> command;
    private final Path workDir;
    private final Map<String, String> env;
    private final long startedAt = System.nanoTime();

    private ChildProcess(String name, Process process, Path logFile, List<String> command, Path workDir, Map<String, String> env) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.command = List.copyOf(command);
        this.workDir = workDir;
        this.env = Map.copyOf(env);
    }

    static ChildProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path logFile) {
        return start(name, command, workDir, env, logFile, false);
    }

    /** The same component again, its output appended to the log (which still holds why the last one died). */
    ChildProcess startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + process.pid() + ")");
        }
        return start(name, command, workDir, env, logFile, true);
    }

    private static ChildProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path logFile,
                                      boolean append) {
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(logFile.toFile()) : ProcessBuilder.Redirect.to(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            return new ChildProcess(name, builder.start(), logFile, command, workDir, env);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** The exit code once it has exited (137 after {@code kill -9}: 128 + the signal), else empty. */
    java.util.OptionalInt exitCode() {
        return process.isAlive() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(process.exitValue());
    }

    /** How long it has been running (or ran) since it was started. */
    java.time.Duration age() {
        return java.time.Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** SIGKILL to the process and its descendants, as a crash would end it; waits until it is gone. */
    void kill() {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(name + " (pid " + p.pid() + ") did not die on SIGKILL", e);
            }
        }
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** All live processes of this component: the child and everything it started. */
    List<ProcessHandle> tree() {
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().filter(ProcessHandle::isAlive).toList());
        if (process.isAlive()) {
            all.add(0, process.toHandle());
        }
        return all;
    }

    /** SIGTERM to the whole tree, then SIGKILL to whatever is still there after the grace period. */
    void stop(long graceSeconds) {
        List<ProcessHandle> tree = tree();
        // descendants first: kc.sh has exec'd into java, but a wrapper script would otherwise orphan its child
        for (int i = tree.size() - 1; i >= 0; i--) {
            tree.get(i).destroy();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
        for (ProcessHandle p : tree) {
            long left = deadline - System.nanoTime();
            try {
                p.onExit().get(Math.max(left, 1), TimeUnit.NANOSECONDS);
            } catch (Exception stillRunning) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }
}
