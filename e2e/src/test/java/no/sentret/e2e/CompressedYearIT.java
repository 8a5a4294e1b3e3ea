package no.sentret.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.sentret.infra.suite.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A compressed year at the centre, through the gateway only, with the tokens Keycloak issues: a few
 * hundred clients with varied attributes (some back-dated by admin into earlier years, some first
 * served the year before), Stua visits and social consultations spread over twelve Oslo months
 * (month-boundary and daylight-saving moments, both edges of the year), anonymous visits, voided
 * records, duplicates merged by admin (mid-year, during the outage, and at the end, one as a chain),
 * kiosk feedback with and without follow-up answers, and a Kafka broker outage in the middle of it.
 * Then every figure of the analysts' annual report against {@link YearLedger} (exact: nothing lost,
 * nothing counted twice), and the municipality's view against the disclosure rules ({@link PublicView}).
 * Expected figures are the report before the run plus the ledger, so it also holds on a suite with data.
 */
@ExtendWith(SuiteUnderTest.class)
class CompressedYearIT {

    static final int YEAR = 2018;
    private static final int CLIENTS = 270;
    /** Clients [OUTAGE_FROM, OUTAGE_TO) are played while the broker is stopped. */
    private static final int OUTAGE_FROM = 150;
    private static final int OUTAGE_TO = 190;
    private static final int ANONYMOUS = 40;
    private static final int FEEDBACK = 90;
    /** health consultations (two or three service lines each, every 5th with one line voided) */
    private static final int HEALTH_CONSULTATIONS = 30;
    /** outreach messages (a third with a client code, one conversation linked later), then a street shift and three assignments */
    private static final int OUTREACH_MESSAGES = 60;
    private static final int THRESHOLD = 3;
    private static final Duration STATS_DEADLINE = Duration.ofSeconds(180);

    private final YearLedger ledger = new YearLedger(YEAR);
    private Gateway gateway;

    @Test
    void everyAnnualFigureMatchesWhatWasRecordedAndThePublicViewDisclosesNothing(Suite suite, Gateway gateway, Tokens tokens) {
        this.gateway = gateway;
        YearPlayer play = new YearPlayer(gateway, tokens, ledger);
        assertNotNull(suite.broker(), "the outage needs the suite's own broker");
        JsonNode before = annual(tokens);
        boolean freshYear = before.path("servicesGiven").asInt() == 0;

        long start = System.nanoTime();
        long outage = 0;
        try {
            for (int c = 0; c < CLIENTS; c++) {
                if (c == OUTAGE_FROM) {
                    outage = System.nanoTime();
                    suite.broker().stop();
                }
                if (c == OUTAGE_TO) {
                    suite.broker().restart();
                    outage = System.nanoTime() - outage;
                }
                if (c == 100 || c == OUTAGE_FROM + 10) {
                    play.mergeSome(3); // mid-year (the second batch while the broker is away); later visits under a retired code count for its survivor
                }
                play.client(c);
            }
        } finally {
            if (!suite.broker().isRunning()) {
                suite.broker().restart();
            }
        }
        play.anonymousVisits(ANONYMOUS);
        play.health(tokens.user("clinician"), HEALTH_CONSULTATIONS);
        play.outreach(tokens.user("outreach"), OUTREACH_MESSAGES);
        play.legal(tokens.user("legal-coordinator"), tokens.user("lawyer"));
        play.voidSome();
        play.mergeSome(8);
        play.mergeChain();
        play.feedback(tokens.kiosk(), FEEDBACK);
        long played = System.nanoTime() - start;

        Map<String, Object> expected = AnnualFigures.expected(AnnualFigures.flatten(before), ledger.figures());
        long waitStart = System.nanoTime();
        JsonNode after = awaitStats(tokens, expected);
        long waited = System.nanoTime() - waitStart;
        System.out.printf("e2e year %d: %d clients (%d persons after merges), %d services, %d feedback; played in %.1f s "
                        + "(broker away %.1f s), stats matched %.1f s after the last write (then 3 s looking for duplicates)%n",
                YEAR, play.codes().size(), play.codes().stream().map(ledger::canonical).distinct().count(), ledger.servicesGiven(),
                ledger.feedbackResponses(), played / 1e9, outage / 1e9, waited / 1e9 - 3);

        List<String> diffs = new ArrayList<>(AnnualFigures.differences(expected, AnnualFigures.flatten(after)));
        diffs.addAll(AnnualFigures.orderProblems(after));
        assertTrue(diffs.isEmpty(), "annual report " + YEAR + " differs from the ledger:\n" + String.join("\n", diffs));

        for (Map.Entry<String, Double> change : ledger.adChanges().entrySet()) {
            JsonNode site = null;
            for (JsonNode s : after.path("outreach").path("adSites")) {
                site = s.path("site").asText().equals(change.getKey()) ? s : site;
            }
            assertNotNull(site, "ad site " + change.getKey() + " in the report");
            assertEquals(change.getValue(), site.path("yearOverYearChange").asDouble(), 1e-9, "year-over-year change of " + change.getKey());
        }
        checkPublicView(tokens, after, freshYear);
    }

    private void checkPublicView(Tokens tokens, JsonNode analystReport, boolean freshYear) {
        Gateway.Reply reply = gateway.get("/api/stats/public/annual/" + YEAR, tokens.municipality());
        assertEquals(200, reply.status(), reply.toString());
        List<String> problems = new ArrayList<>();
        PublicView.codesIn(reply.body(), ledger.codes()).forEach(c -> problems.add("client code " + c + " in the municipality's view"));
        PublicView.codesIn(analystReport.toString(), ledger.codes()).forEach(c -> problems.add("client code " + c + " in the analysts' report"));
        Map<String, Object> published = AnnualFigures.flatten(reply.json());
        problems.addAll(PublicView.problems(AnnualFigures.flatten(analystReport), published, THRESHOLD));
        assertTrue(problems.isEmpty(), "the municipality's view of " + YEAR + ":\n" + String.join("\n", problems));
        long hidden = PublicView.hiddenCount(published);
        System.out.printf("e2e year %d: the municipality's view hides %d counts%n", YEAR, hidden);
        if (freshYear) { // the run's rare categories (UNDER_18, TRANS_MAN, …) must have made the rules bite
            assertTrue(hidden >= 2, "nothing suppressed: the public-view check proved nothing\n" + reply);
        }
    }

    /** Until the report equals the expected one (bounded), then once more after a pause in which a duplicate would show. */
    private JsonNode awaitStats(Tokens tokens, Map<String, Object> expected) {
        long deadline = System.nanoTime() + STATS_DEADLINE.toNanos();
        JsonNode last = annual(tokens);
        while (System.nanoTime() < deadline && !AnnualFigures.differences(expected, AnnualFigures.flatten(last)).isEmpty()) {
            sleep(1000);
            last = annual(tokens);
        }
        sleep(3000);
        return annual(tokens);
    }

    private JsonNode annual(Tokens tokens) {
        Gateway.Reply reply = gateway.get("/api/stats/annual/" + YEAR, tokens.user("analyst"));
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
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
