package no.sentret.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes through the gateway as a careful client (a front-desk tablet) does: one
 * {@code Idempotency-Key} per action, and the same request again under the same key when the answer
 * says "try again" (502, 503, 504; 409 while the first attempt with the key is still open; 429) or
 * never came (connection refused or cut). Anything else that is not the expected answer fails the
 * test at once: a 500 during an outage is a bug, not something to retry. Every retry is counted by
 * phase and cause, so the test can say what the outage looked like to a client.
 */
final class PatientClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(150);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String baseUrl;
    /** Held while a request is on the wire: a fault that must land between two requests takes it. */
    private final ReentrantLock onTheWire = new ReentrantLock();
    private final Map<String, Integer> retried = new TreeMap<>();
    private volatile String phase = "start";

    PatientClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void phase(String name) {
        phase = name;
    }

    /** "phase: cause" → how many requests were sent again for it. */
    synchronized Map<String, Integer> retried() {
        return new TreeMap<>(retried);
    }

    synchronized int retried(String phaseName, String cause) {
        return retried.getOrDefault(phaseName + ": " + cause, 0);
    }

    /** Runs {@code fault} between two requests (none on the wire), then lets the client go on. */
    void betweenRequests(Runnable fault) {
        onTheWire.lock();
        try {
            fault.run();
        } finally {
            onTheWire.unlock();
        }
    }

    /**
     * POSTs until the service answers 201, retrying under one key what may be retried; returns the
     * created resource, or null when the service says an earlier attempt under the key was recorded
     * but its answer was lost (409 without Retry-After: the database went away while that attempt
     * committed, and the commit went through). Sending it again would be wrong.
     */
    JsonNode create(String path, String token, Object body) {
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        String last = "nothing yet";
        while (System.nanoTime() < deadline) {
            String cause;
            long wait = 250;
            try {
                HttpResponse<String> response = send(path, token, body, key);
                int status = response.statusCode();
                if (status == 201) {
                    return JSON.readTree(response.body());
                }
                last = "HTTP " + status + " " + response.body();
                boolean firstAttemptStillOpen = status == 409 && response.headers().firstValue("Retry-After").isPresent();
                if (status == 409 && !firstAttemptStillOpen) {
                    synchronized (this) {
                        retried.merge(phase + ": 409 problem, recorded, answer lost", 1, Integer::sum);
                    }
                    return null;
                }
                if (status != 502 && status != 503 && status != 504 && status != 429 && !firstAttemptStillOpen) {
                    throw new AssertionError("POST " + path + " in phase '" + phase + "': " + last);
                }
                // an integrator's client reads the problem document: say which answers were not one
                boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                cause = status + (problem ? " problem" : " (no problem document)");
                Optional<String> retryAfter = response.headers().firstValue("Retry-After");
                wait = Math.min(1000, retryAfter.map(s -> 1000L * Long.parseLong(s)).orElse(250L));
            } catch (IOException e) {
                cause = "no answer (" + e.getClass().getSimpleName() + ")";
                last = e.toString();
            }
            synchronized (this) {
                retried.merge(phase + ": " + cause, 1, Integer::sum);
            }
            sleep(wait);
        }
        throw new AssertionError("POST " + path + " not accepted within " + GIVE_UP_AFTER + " in phase '" + phase + "'; last: " + last);
    }

    private HttpResponse<String> send(String path, String token, Object body, String key) throws IOException {
        onTheWire.lock();
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            onTheWire.unlock();
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
