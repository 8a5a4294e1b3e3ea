package no.sentret.e2e.fuzz;

import java.nio.file.Path;

/**
 * The fuzzer's two settings, as system properties (Maven passes {@code -D} on to the test JVM):
 * {@code sentret.fuzz.seed} (default {@value #DEFAULT_SEED}: the same requests on every CI run; printed,
 * so a failure is replayed with it) and {@code sentret.fuzz.cases} (per operation, default
 * {@value #DEFAULT_CASES}). The cases are cases × operations, sent round-robin over the operations, so every
 * operation gets its share whatever the seed.
 */
final class FuzzSettings {

    static final long DEFAULT_SEED = 16;
    static final int DEFAULT_CASES = 12;

    private FuzzSettings() {}

    static long seed() {
        return Long.getLong("sentret.fuzz.seed", DEFAULT_SEED);
    }

    static int casesPerOperation() {
        return Integer.getInteger("sentret.fuzz.cases", DEFAULT_CASES);
    }

    static Path document() {
        return Path.of(System.getProperty("sentret.root", "..")).toAbsolutePath().normalize().resolve("openapi/sentret-api.yaml");
    }
}
