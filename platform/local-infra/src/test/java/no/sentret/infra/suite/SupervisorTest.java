package no.sentret.infra.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor with real child processes: a JVM that runs until it is killed, one that exits at
 * once with an error, one that runs a while and then exits. What it says is what an operator reads.
 */
class SupervisorTest {

    private final List<String> said = new CopyOnWriteArrayList<>();

    @Test
    void aComponentKilledWithSigkillIsStartedAgainAndTheConsoleSaysWhichAndWhy(@TempDir Path dir) {
        Component sleeper = new Component("sleeper", dir, 600_000, 0);
        RestartBackOff.Policy policy = new RestartBackOff.Policy(Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(30), 3);
        try (Supervisor supervisor = new Supervisor(policy, said::add, () -> List.of(sleeper)).start()) {
            long first = sleeper.current.pid();
            sleeper.current.kill();
            await(() -> supervisor.restarts("sleeper") == 1, Duration.ofSeconds(30));
            assertNotEquals(first, sleeper.current.pid());
            assertTrue(sleeper.current.exitCode().isEmpty(), "the new one runs");
            assertTrue(said.get(0).startsWith("!! sleeper exited with code 137 after "), said.toString());
            assertTrue(said.get(0).contains("restarting it in 0.3 s (attempt 1 of 3; see " + sleeper.current.logFile()), said.toString());
            assertEquals("   sleeper started again", said.get(1));
            sleep(1_000);
            assertEquals(1, supervisor.restarts("sleeper"), "a running component is left alone: " + said);
        } finally {
            sleeper.current.stop(5);
        }
    }

    @Test
    void aComponentThatKeepsFailingIsRestartedWithGrowingDelaysThenGivenUp(@TempDir Path dir) {
        Component failing = new Component("failing", dir, 0, 3);
        RestartBackOff.Policy policy = new RestartBackOff.Policy(Duration.ofMillis(400), Duration.ofMillis(1600), Duration.ofSeconds(30), 4);
        // the reason is written slowly (a loaded machine): whoever sees gaveUp() must still find it written
        java.util.function.Consumer<String> slowWriter = s -> {
            if (s.contains("giving up")) {
                sleep(300);
            }
            said.add(s);
        };
        try (Supervisor supervisor = new Supervisor(policy, slowWriter, () -> List.of(failing)).start()) {
            await(() -> supervisor.gaveUp("failing"), Duration.ofSeconds(90));
            assertEquals(4, supervisor.restarts("failing"), said.toString());
            assertEquals(5, failing.starts.size(), "the first start and four more");
            List<String> warnings = said.stream().filter(s -> s.startsWith("!!")).toList();
            List<String> delays = warnings.stream().limit(4).map(s -> s.replaceAll(".*restarting it in ([0-9.]+ s).*", "$1")).toList();
            assertEquals(List.of("0.4 s", "0.8 s", "1.6 s", "1.6 s"), delays, said.toString());
            for (int i = 1; i < failing.starts.size(); i++) {
                long gap = failing.starts.get(i) - failing.starts.get(i - 1);
                long delay = Math.min(400L << (i - 1), 1600);
                assertTrue(gap >= delay * 1_000_000, "start " + i + " came " + gap / 1_000_000 + " ms after the one before, before its delay " + delay);
            }
            String last = warnings.get(warnings.size() - 1);
            assertTrue(last.startsWith("!! failing exited with code 3 after "), last);
            assertTrue(last.contains("it failed 4 times in a row within 30 s of its start: giving up on it"), last);
            assertTrue(last.contains(failing.current.logFile().toString()), last);
            int starts = failing.starts.size();
            sleep(2_000);
            assertEquals(starts, failing.starts.size(), "given up means not started again");
        }
    }

    @Test
    void aComponentThatRanForTheStablePeriodIsRestartedAtTheFirstDelayEveryTime(@TempDir Path dir) {
        Component flaky = new Component("flaky", dir, 1_500, 1);
        RestartBackOff.Policy policy = new RestartBackOff.Policy(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(1), 2);
        try (Supervisor supervisor = new Supervisor(policy, said::add, () -> List.of(flaky)).start()) {
            await(() -> supervisor.restarts("flaky") >= 3, Duration.ofSeconds(60));
            assertFalse(supervisor.gaveUp("flaky"), said.toString());
            said.stream().filter(s -> s.startsWith("!!")).forEach(s ->
                    assertTrue(s.contains("exited with code 1") && s.contains("restarting it in 0.2 s (attempt 1 of 2"), s));
        } finally {
            flaky.current.stop(5);
        }
    }

    /** A child JVM running {@link Exits}; every start is written down. */
    private static final class Component implements Restartable {
        final String name;
        final List<Long> starts = new ArrayList<>();
        volatile ChildProcess current;

        Component(String name, Path dir, long runMillis, int exitCode) {
            this.name = name;
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx16m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Exits.class.getName(),
                    Long.toString(runMillis), Integer.toString(exitCode));
            starts.add(System.nanoTime());
            current = ChildProcess.start(name, cmd, dir.resolve(name), Map.of(), dir.resolve(name + ".log"));
        }

        public String name() {
            return name;
        }

        public OptionalInt diedWith() {
            return current.exitCode();
        }

        public Duration ranFor() {
            return current.age();
        }

        public void startAgain() {
            starts.add(System.nanoTime());
            current = current.startAgain();
        }

        public String log() {
            return current.logFile().toString();
        }
    }

    /** Runs for the given milliseconds, then exits with the given code. */
    public static final class Exits {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Long.parseLong(args[0]));
            System.out.println("exiting with " + args[1]);
            System.exit(Integer.parseInt(args[1]));
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within " + timeout);
            sleep(100);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
