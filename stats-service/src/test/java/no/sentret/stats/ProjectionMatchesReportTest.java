package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.facts.Vocabulary;
import no.sentret.stats.projection.ProjectedFigures;
import no.sentret.stats.projection.ProjectionFeed;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.FactSnapshot;
import no.sentret.stats.report.ReportQueries;
import no.sentret.stats.projection.YearFigures.Derived;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the in-memory projection ({@code projection.ProjectionFeed}), fed from the same topics as the rows, derives
 * the same figures as the annual report reads from the rows (all but the rare work records': shifts, cases, street
 * shifts, assignments, ad counts) — on a generated year with merges, voids, feedback and every area's own categories,
 * after every event was delivered twice, and after an erasure that unlinks a merged person's open years.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ProjectionMatchesReportTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    ProjectionFeed feed;

    @Inject
    ProjectedFigures projection;

    @Inject
    FactSnapshot snapshot;

    @Inject
    ReportQueries reports;

    @Test
    void theProjectionDerivesTheReportsFiguresFromTheSameEvents() {
        int y = TestData.freshYears(3) + 1;
        GeneratedYear g = new GeneratedYear(TestData.codePrefix("P"), y, 200, 1500, 20, 300, 20261202L);
        List<Events.Ev> areas = areaEvents(new ArrayList<>(g.clients.keySet()), y, new Random(20261203L));
        sendToBoth(g.first);
        sendToBoth(g.then);
        sendToBoth(areas);
        assertTrue(g.voided.size() > 50 && g.mergedInto.size() > 10, "a year with voids and merges");
        AnnualReport middle = reports.annualFromRows(y);
        assertTrue(middle.health().personsOnPrep() > 0 && middle.legal().inquiries() > 0 && middle.outreach().contacts() > 0,
                "every area's own figures have something to count");
        assertSameFigures(y - 1, y + 1);

        // every event again: the rows skip them by key or by processed_event, the projection by the id's state
        List<Events.Ev> again = new ArrayList<>(g.first);
        again.addAll(g.then);
        again.addAll(areas);
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
                Events.visitRecorded(UUID.randomUUID(), code, LocalDateTime.of(y, 5, 2, 10, 0).atZone(GeneratedYear.OSLO).toInstant())));
        assertEquals(1, projected(y).newUsers(), "registered in the year by the update");
        sendToBoth(List.of(before)); // redelivered after the update: processed once already
        assertSameFigures(y, y);
        assertEquals(1, projected(y).newUsers());
    }

    private void assertSameFigures(int from, int to) {
        for (int year = from; year <= to; year++) {
            int y = year;
            Derived rows = Derived.of(reports.annualFromRows(y));
            Derived projected = projected(y);
            assertEquals(rows, projected, () -> y + ", the figures that differ (rows, projection):" + differences(rows, projected));
        }
        // the months and the nationality shares across the years, as the reports get them (the projection answers them
        // here: it answered every year above), against the rows alone
        YearMonth first = YearMonth.of(from, 1);
        YearMonth last = YearMonth.of(to, 12);
        assertEquals(reports.monthlyFromRows(first, last), reports.monthly(first, last));
        assertEquals(reports.nationalityShareFromRows(from, to), reports.nationalityShare(from, to));
        assertTrue(reports.monthly(first, last).months().stream().anyMatch(m -> m.uniqueUsers() > 0), "months with users");
    }

    /** the projection's figures of the year, as the reports get them */
    private Derived projected(int year) {
        return snapshot.read(q -> projection.annual(q, year)).orElseThrow(() -> new AssertionError("the rows answered " + year));
    }

    private static String differences(Derived rows, Derived projected) {
        StringBuilder out = new StringBuilder();
        for (RecordComponent c : Derived.class.getRecordComponents()) {
            try {
                Object a = c.getAccessor().invoke(rows);
                Object b = c.getAccessor().invoke(projected);
                if (!java.util.Objects.equals(a, b)) {
                    out.append(String.format("%n  %s:%n    %s%n    %s", c.getName(), a, b));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    /**
     * The areas' own events in the year: health lines of every category (PrEP stages, vaccines), legal inquiries with
     * every answer, outreach contacts on every channel (the street's too, without a code, linked to a client later,
     * voided before or after their record); about one in eight voided, some anonymous.
     */
    private static List<Events.Ev> areaEvents(List<String> codes, int year, Random rnd) {
        List<Events.Ev> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            UUID id = UUID.randomUUID();
            String code = codes.get(rnd.nextInt(codes.size()));
            Instant at = LocalDateTime.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28), 9 + rnd.nextInt(8), 0)
                    .atZone(GeneratedYear.OSLO).toInstant();
            boolean voided = rnd.nextInt(8) == 0;
            switch (i % 3) {
                case 0 -> {
                    String category = Vocabulary.HEALTH_CATEGORIES.get(rnd.nextInt(Vocabulary.HEALTH_CATEGORIES.size()));
                    String vaccine = category.equals("VACCINATION") ? Vocabulary.VACCINES.get(rnd.nextInt(Vocabulary.VACCINES.size())) : null;
                    String stage = category.equals("PREP") ? Vocabulary.PREP_STAGES.get(rnd.nextInt(Vocabulary.PREP_STAGES.size())) : null;
                    events.add(Events.healthRecorded(id, code, at, category, vaccine, stage));
                    if (voided) {
                        events.add(Events.healthVoided(id, code, at, category));
                    }
                }
                case 1 -> {
                    String inquirer = rnd.nextInt(5) == 0 ? null : code;
                    events.add(Events.legalInquiry(id, inquirer, at,
                            Vocabulary.WOULD_NOT_OTHERWISE.get(rnd.nextInt(Vocabulary.WOULD_NOT_OTHERWISE.size())), "FAMILY"));
                    if (voided) {
                        events.add(Events.legalInquiryVoided(id, inquirer, at));
                    }
                }
                default -> {
                    String channel = Vocabulary.CONTACT_CHANNELS.get(rnd.nextInt(Vocabulary.CONTACT_CHANNELS.size()));
                    boolean linkedLater = rnd.nextInt(4) == 0;
                    if (voided && rnd.nextBoolean()) {
                        events.add(Events.outreachVoided(id, code, at)); // before its record
                        voided = false;
                        events.add(Events.outreachRecorded(id, code, at, channel));
                    } else {
                        events.add(Events.outreachRecorded(id, linkedLater ? null : code, at, channel));
                    }
                    if (linkedLater) {
                        events.add(Events.outreachRecorded(id, code, at, channel));
                    }
                    if (voided) {
                        events.add(Events.outreachVoided(id, code, at));
                    }
                }
            }
        }
        return events;
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
