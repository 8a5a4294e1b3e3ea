package no.sentret.infra.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLockTest {

    /** A second suite is another process: it must see the lock this one holds and say who holds it. */
    @Test
    void aSecondLauncherOnTheSameDataFolderIsToldWhoIsRunning(@TempDir Path home) throws Exception {
        try (SuiteLock lock = SuiteLock.acquire(home)) {
            lock.describe("pid 4711, gateway http://localhost:8080");
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TryLock.class.getName(), home.toString())
                    .redirectErrorStream(true).start();
            String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            assertEquals(3, second.exitValue(), out);
            assertTrue(out.contains("already running") && out.contains("pid 4711"), out);
        }
        // released: the next one gets it
        SuiteLock.acquire(home).close();
        assertTrue(Files.exists(home.resolve("suite.lock")));
    }

    /** The second launcher, reduced to taking the lock. */
    public static final class TryLock {
        public static void main(String[] args) {
            try (SuiteLock lock = SuiteLock.acquire(Path.of(args[0]))) {
                System.exit(0);
            } catch (SuiteException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }

}
