package no.sentret.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import no.sentret.e2e.YearLedger;

/**
 * The front desk's day, without end, on a thread of its own: clients registered with varied
 * attributes and one to four Stua visits or social consultations each, in one year, each write
 * through a {@link PatientClient} and written down in the {@link YearLedger} once it was accepted.
 * It keeps writing while the test takes components away; {@link #stop} rethrows what failed it.
 */
final class FrontDeskLoad implements AutoCloseable {

    private final int year;
    private final Random random;
    private final YearLedger ledger;
    private final PatientClient client;
    private final Supplier<String> staffToken;
    private final Thread thread;
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean stopped;
    private volatile Throwable failure;

    /** @param staffToken asked again now and then: the run outlives an access token */
    FrontDeskLoad(int year, YearLedger ledger, PatientClient client, Supplier<String> staffToken) {
        this.year = year;
        this.random = new Random(year);
        this.ledger = ledger;
        this.client = client;
        this.staffToken = staffToken;
        this.thread = new Thread(this::run, "front-desk-load");
        thread.setDaemon(true);
    }

    FrontDeskLoad start() {
        thread.start();
        return this;
    }

    /** Writes accepted so far (each counted once, however often it was retried); fails when the load has failed. */
    int accepted() {
        Throwable t = failure;
        if (t != null) {
            throw new AssertionError("the front desk's writes failed: " + t.getMessage(), t);
        }
        return accepted.get();
    }

    /** Stops after the write under way and fails when the load failed. */
    void stop() {
        stopped = true;
        try {
            thread.join(200_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        accepted();
    }

    @Override
    public void close() {
        stopped = true;
    }

    private void run() {
        String token = staffToken.get();
        long tokenAt = System.nanoTime();
        try {
            while (!stopped) {
                if (System.nanoTime() - tokenAt > 60_000_000_000L) {
                    token = staffToken.get();
                    tokenAt = System.nanoTime();
                }
                client(token);
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void client(String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("gender", pick("WOMAN", "WOMAN", "WOMAN", "MAN", "TRANS_WOMAN", "NON_BINARY", "NOT_STATED"));
        body.put("nationality", pick("NO", "RO", "TH", "NG", "ES", "UA", "BG", null));
        body.put("ageGroup", pick("18-25", "26-30", "31-35", "36-40", "41-45", "46-50", "61+", null));
        body.put("regionOfOrigin", pick("NORWAY", "EASTERN_EUROPE", "ASIA", "AFRICA", "LATIN_AMERICA", null));
        JsonNode registered = client.create("/api/clients", token, body);
        if (registered == null) {
            return; // registered, its code lost with the answer: a client who never comes counts for nothing
        }
        String code = registered.path("code").asText();
        ledger.registered(new YearLedger.Client(code, (String) body.get("gender"), (String) body.get("nationality"),
                (String) body.get("ageGroup"), LocalDate.now(YearLedger.OSLO)));
        accepted.incrementAndGet();
        int services = 1 + random.nextInt(4);
        for (int s = 0; s < services && !stopped; s++) {
            service(token, code, momentOf());
        }
    }

    private void service(String token, String code, Instant at) {
        String when = at.atZone(YearLedger.OSLO).toOffsetDateTime().toString();
        JsonNode created;
        String area;
        if (random.nextInt(4) == 0) {
            created = client.create("/api/social-consultations", token, Map.of("clientCode", code, "occurredAt", when,
                    "kind", pick("CONSULTATION", "EMERGENCY", "FOLLOW_UP"), "topics", List.of(pick("HOUSING", "ECONOMY", "IMMIGRATION"))));
            area = "SOCIAL";
        } else {
            created = client.create("/api/visits", token, Map.of("clientCode", code, "occurredAt", when,
                    "activities", List.of(pick("CONVERSATION", "MEAL", "LAUNDRY", "REST"))));
            area = "STUA";
        }
        // recorded even when its answer was lost (null): it counts, under an id of the ledger's own
        String id = created == null ? "answer-lost-" + java.util.UUID.randomUUID() : created.path("id").asText();
        ledger.recorded(new YearLedger.Event(id, code, at, area));
        accepted.incrementAndGet();
    }

    private Instant momentOf() {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        return day.atTime(LocalTime.of(9 + random.nextInt(12), random.nextInt(60))).atZone(YearLedger.OSLO).toInstant();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
