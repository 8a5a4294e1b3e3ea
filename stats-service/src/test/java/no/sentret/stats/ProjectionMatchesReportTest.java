package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.projection.ProjectionFeed;
import no.sentret.stats.projection.YearFigures.Headline;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, step 1: the in-memory projection ({@code projection.ProjectionFeed}), fed from the same topics as the
 * rows, derives the same figures as the annual report reads from the rows — on a generated year with merges, voids
 * and feedback, after every event was delivered twice, and after an erasure that unlinks a merged person's open years.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ProjectionMatchesReportTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    ProjectionFeed feed;

    @Test
    void theProjectionDerivesTheReportsFiguresFromTheSameEvents() {
        int y = TestData.freshYears(3) + 1;
        GeneratedYear g = new GeneratedYear(TestData.codePrefix("P"), y, 200, 1500, 20, 300, 20261202L);
        sendToBoth(g.first);
        sendToBoth(g.then);
        assertTrue(g.voided.size() > 50 && g.mergedInto.size() > 10, "a year with voids and merges");
        assertSameFigures(y - 1, y + 1);

        // every event again: the rows skip them by key or by processed_event, the projection by the id's state
        List<Events.Ev> again = new ArrayList<>(g.first);
        again.addAll(g.then);
        sendToBoth(again);
        assertSameFigures(y - 1, y + 1);

        // a merged person erased in the middle year: their events of that year and after lose the person
        Map.Entry<String, String> merge = g.mergedInto.entrySet().iterator().next();
        Instant erasedAt = LocalDateTime.of(y, 6, 1, 12, 0).atZone(GeneratedYear.OSLO).toInstant();
        sendToBoth(List.of(Events.erased(merge.getValue(), erasedAt, merge.getKey())));
        assertSameFigures(y - 1, y + 1);
    }

    @Test
    void aLateDuplicateOfAnOlderRegistrationChangesNeitherStore() {
        int y = TestData.freshYears(2) + 1;
        String code = TestData.codePrefix("Q") + "late";
        Events.Ev before = Events.clientRegistered(code, "WOMAN", "NO", "26-30", LocalDate.of(y - 1, 3, 1));
        Events.Ev moved = Events.clientUpdated(code, "WOMAN", "NO", "26-30", LocalDate.of(y, 3, 1));
        sendToBoth(List.of(before, moved,
                Events.visitRecorded(java.util.UUID.randomUUID(), code, LocalDateTime.of(y, 5, 2, 10, 0).atZone(GeneratedYear.OSLO).toInstant())));
        assertEquals(1, feed.read(p -> p.figures(y).headline()).newUsers(), "registered in the year by the update");
        sendToBoth(List.of(before)); // redelivered after the update: processed once already
        assertSameFigures(y, y);
        assertEquals(1, feed.read(p -> p.figures(y).headline()).newUsers());
    }

    private void assertSameFigures(int from, int to) {
        for (int year = from; year <= to; year++) {
            int y = year;
            Headline rows = Headline.of(Api.annual(y));
            Headline projected = feed.read(p -> p.figures(y).headline());
            assertEquals(rows, projected, () -> y + ", the figures that differ (rows, projection):" + differences(rows, projected));
        }
    }

    private static String differences(Headline rows, Headline projected) {
        StringBuilder out = new StringBuilder();
        List<String[]> a = rows.named();
        List<String[]> b = projected.named();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i)[1].equals(b.get(i)[1])) {
                out.append(String.format("%n  %s: %s, %s", a.get(i)[0], a.get(i)[1], b.get(i)[1]));
            }
        }
        return out.length() == 0 ? " none by name (a month's name or the follow-up share)" : out.toString();
    }

    /** Sends the events and waits until both the rows (the live consumer) and the projection have them. */
    private void sendToBoth(List<Events.Ev> events) {
        Map<TopicPartition, Long> last = EventSender.send(events);
        EventSender.awaitConsumed(ds, last, Duration.ofSeconds(60));
        Map<TopicPartition, Long> next = new HashMap<>();
        last.forEach((tp, offset) -> next.put(tp, offset + 1));
        Instant deadline = Instant.now().plusSeconds(60);
        while (!feed.hasReached(next)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the projection did not reach " + next);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
