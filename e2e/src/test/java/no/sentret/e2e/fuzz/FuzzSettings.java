package no.sentret.e2e.fuzz;

import java.nio.file.Path;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzzer's two settings, as system properties (Maven passes {@code -D} on to the test JVM):
 * {@code sentret.fuzz.seed} (default {@value #DEFAULT_SEED}: the same requests on every CI run; printed
 * by jqwik, so a failure is replayed with it) and {@code sentret.fuzz.cases} (per operation, default
 * {@value #DEFAULT_CASES}). jqwik's tries become cases × operations, sent round-robin over the operations,
 * so every operation gets its share whatever the seed.
 */
public final class FuzzSettings implements AroundPropertyHook {

    static final String DEFAULT_SEED = "16";
    static final int DEFAULT_CASES = 12;

    static String seed() {
        return System.getProperty("sentret.fuzz.seed", DEFAULT_SEED);
    }

    static int casesPerOperation() {
        return Integer.getInteger("sentret.fuzz.cases", DEFAULT_CASES);
    }

    static Path document() {
        return Path.of(System.getProperty("sentret.root", "..")).toAbsolutePath().normalize().resolve("openapi/sentret-api.yaml");
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setSeed(seed());
        context.attributes().setTries(casesPerOperation() * FuzzedOperations.of(ApiDocument.read(document())).size());
        return property.execute();
    }
}
