package no.sentret.infra.testing;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Client codes for a service's tests as the front desk would make them: published on visit-events
 * (as visit-service publishes them) and returned once the service's client directory knows them.
 * <pre>
 * ClientDirectory directory = Arc.container().instance(ClientDirectory.class).get();
 * String code = KnownClients.register(ClientCodes.issue(8), directory::exists);
 * KnownClients.merge(duplicate, survivor, c -> directory.resolveReferenced(c, "clientCode"));
 * </pre>
 */
public final class KnownClients {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static TopicWriter visitEvents;

    private KnownClients() {
    }

    /** Publishes {@code ClientRegistered} for {@code code}; returns it once {@code known} says the directory has it. */
    public static String register(String code, Predicate<String> known) {
        writer().clientRegistered(code);
        await(() -> known.test(code), code + " did not reach the client directory");
        return code;
    }

    /** Publishes {@code ClientsMerged}; returns once {@code resolve} maps {@code merged} to {@code surviving}. */
    public static void merge(String merged, String surviving, Function<String, String> resolve) {
        writer().clientsMerged(merged, surviving);
        await(() -> surviving.equals(resolve.apply(merged)), "the merge of " + merged + " did not reach the client directory");
    }

    /**
     * Publishes {@code ClientErased} (the privacy officer's erasure, as visit-service publishes it) for
     * {@code code} and the codes merged into it; returns once {@code known} says the directory no longer has it.
     */
    public static void erase(String code, Predicate<String> known, String... merged) {
        java.util.List<String> codes = new java.util.ArrayList<>(java.util.List.of(merged));
        codes.add(code);
        writer().send("ClientErased", "visit-service", code, java.time.Instant.now(),
                java.util.Map.of("clientCode", code, "codes", codes, "erasedAt", java.time.Instant.now().toString()));
        await(() -> !known.test(code), "the erasure of " + code + " did not reach the client directory");
    }

    private static synchronized TopicWriter writer() {
        if (visitEvents == null) {
            visitEvents = new TopicWriter("visit-events");
            Runtime.getRuntime().addShutdownHook(new Thread(visitEvents::close, "close-known-clients-writer"));
        }
        return visitEvents;
    }

    private static void await(java.util.function.BooleanSupplier condition, String failure) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure + " within " + WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
