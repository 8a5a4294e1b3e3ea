package no.sentret.outreach;

import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;
import no.sentret.infra.testing.TestTokens;
import no.sentret.infra.testing.KnownClients;
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

    /** A code registered on visit-events (as the front desk would), once this service's client directory knows it. */
    public static String newClient() {
        return KnownClients.register(ClientCodes.issue(8), directory()::exists);
    }

    /** {@code merged} now stands for {@code surviving}, once the directory folds it. */
    public static void merge(String merged, String surviving) {
        KnownClients.merge(merged, surviving, code -> directory().resolveReferenced(code, "clientCode"));
    }

    private static ClientDirectory directory() {
        return Arc.container().instance(ClientDirectory.class).get();
    }
}
