package no.sentret.outreach;

import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;
import no.sentret.infra.testing.TestTokens;
import no.sentret.infra.testing.TopicWriter;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.records.ClientCodes;

/** Requests with real signed tokens, and clients registered the way visit-service does (on visit-events). */
public final class Api {

    private Api() {
    }

    public static RequestSpecification outreach() {
        return TestTokens.as("outreach");
    }

    public static RequestSpecification staff() {
        return TestTokens.as("staff");
    }

    public static RequestSpecification as(String role) {
        return TestTokens.as(role);
    }

    /** A random tag of 8 letters for unique test names (random digits could read as a phone number and be refused). */
    public static String tag() {
        StringBuilder sb = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    /** Publishes a ClientRegistered on visit-events and waits until this service's directory knows the code. */
    public static String newClient() {
        String code = ClientCodes.issue(8);
        try (TopicWriter visitEvents = new TopicWriter("visit-events")) {
            visitEvents.clientRegistered(code);
        }
        awaitKnown(code);
        return code;
    }

    /** Merges {@code merged} into {@code surviving} as visit-service would, and waits until the directory folds it. */
    public static void merge(String merged, String surviving) {
        try (TopicWriter visitEvents = new TopicWriter("visit-events")) {
            visitEvents.clientsMerged(merged, surviving);
        }
        ClientDirectory directory = Arc.container().instance(ClientDirectory.class).get();
        poll(() -> surviving.equals(directory.resolveReferenced(merged, "clientCode")), "merge of " + merged);
    }

    private static void awaitKnown(String code) {
        ClientDirectory directory = Arc.container().instance(ClientDirectory.class).get();
        poll(() -> directory.exists(code), "registration of " + code);
    }

    private static void poll(java.util.function.BooleanSupplier done, String what) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(what + " did not reach the client directory within 60 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
