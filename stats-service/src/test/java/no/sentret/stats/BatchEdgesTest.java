package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.ingest.BatchApplier;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.MonthFigures;
import no.sentret.stats.report.ReportQueries;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A polled batch is folded in memory and written set-based: what meets in one batch must count as
 * if the events had been applied one by one. Each test hands its events to the real
 * {@link BatchApplier} as exactly one batch (a poll cannot promise that), on a partition of a topic of
 * its own, into the active generation of the real database.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class BatchEdgesTest {

    private static final String TOPIC = "stats-batch-edges-test";
    private static final AtomicLong OFFSET = new AtomicLong();

    @Inject
    AgroalDataSource ds;

    @Inject
    BatchApplier applier;

    @Inject
    MeterRegistry registry;

    @Inject
    ReportQueries reports;

    @Test
    void aDuplicateEventIdInOneBatchCountsOnce() throws Exception {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("BD");
        Events.Ev visit = Events.visitRecorded(UUID.randomUUID(), p + "1", Instant.parse(y + "-02-10T10:00:00Z"));
        Events.Ev feedback = Events.feedback(UUID.randomUUID(), Instant.parse(y + "-02-10T10:00:00Z"), 4, true);
        Events.Ev health = Events.healthRecorded(UUID.randomUUID(), p + "2", Instant.parse(y + "-02-11T10:00:00Z"));
        applyAsOneBatch(List.of(visit, feedback, health, visit, feedback, health, visit));
        applyAsOneBatch(List.of(health, visit)); // and again in a later batch

        AnnualReport r = reports.annualFromRows(y); // the batches went to the rows alone, not through the broker
        assertEquals(2, r.servicesGiven());
        assertEquals(2, r.months().get(1).uniqueUsers());
        assertEquals(1, r.feedback().responses());
        assertEquals(1, r.health().servicesByCategory().stream().mapToInt(AnnualReport.Count::count).sum());
    }

    @Test
    void aRecordAndItsVoidInOneBatchCancelInEitherOrder() throws Exception {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("BV");
        Instant march = Instant.parse(y + "-03-10T10:00:00Z");
        UUID voidFirst = UUID.randomUUID();
        UUID recordFirst = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        applyAsOneBatch(List.of(
                Events.visitVoided(voidFirst, p + "1", march),
                Events.visitRecorded(voidFirst, p + "1", march),
                Events.healthRecorded(recordFirst, p + "2", march),
                Events.healthVoided(recordFirst, p + "2", march),
                Events.outreachRecorded(contact, p + "3", march, "WHATSAPP"),
                Events.outreachVoided(contact, p + "3", march),
                Events.visitRecorded(kept, p + "4", march)));

        AnnualReport r = reports.annualFromRows(y); // the batches went to the rows alone, not through the broker
        assertEquals(1, r.servicesGiven(), "only client 4's visit stands");
        assertEquals(1, r.months().get(2).uniqueUsers());
        assertEquals(0, r.outreach().contacts());
        assertEquals(0, r.health().servicesByCategory().stream().mapToInt(AnnualReport.Count::count).sum());
    }

    @Test
    void aContactLinkedLaterInTheSameBatchCountsOnceForTheLinkedClient() throws Exception {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("BL");
        UUID contact = UUID.randomUUID();
        Instant april = Instant.parse(y + "-04-10T10:00:00Z");
        applyAsOneBatch(List.of(
                Events.outreachRecorded(contact, null, april, "WHATSAPP"),
                Events.outreachRecorded(contact, p + "1", april, "WHATSAPP")));

        AnnualReport r = reports.annualFromRows(y); // the batches went to the rows alone, not through the broker
        assertEquals(1, r.outreach().contacts());
        assertEquals(1, r.servicesGiven());
        assertEquals(1, r.uniqueUsers());
    }

    @Test
    void aMergeAndPresencesOfTheMergedCodeInOneBatchAreOnePerson() throws Exception {
        int earlier = TestData.freshYears(2);
        int y = earlier + 1;
        String p = TestData.codePrefix("BM");
        applyAsOneBatch(List.of(
                Events.clientRegistered(p + "A", "WOMAN", "ES", "26-30", LocalDate.of(y, 1, 5)),
                Events.clientRegistered(p + "B", "TRANS_WOMAN", "TH", "31-35", LocalDate.of(earlier, 6, 1)),
                Events.visitRecorded(UUID.randomUUID(), p + "A", Instant.parse(y + "-01-15T10:00:00Z")),
                Events.visitRecorded(UUID.randomUUID(), p + "B", Instant.parse(y + "-01-16T10:00:00Z")),
                Events.merged(p + "A", p + "B"),
                Events.visitRecorded(UUID.randomUUID(), p + "A", Instant.parse(y + "-02-15T10:00:00Z")),
                // a chain inside the batch, the later link first: C -> D, then D -> B
                Events.merged(p + "C", p + "D"),
                Events.healthRecorded(UUID.randomUUID(), p + "C", Instant.parse(y + "-03-15T10:00:00Z")),
                Events.merged(p + "D", p + "B")));

        AnnualReport r = reports.annualFromRows(y); // the batches went to the rows alone, not through the broker
        assertEquals(1, r.uniqueUsers(), "A, C and D are all B");
        assertEquals(0, r.newUsers(), "B was registered the year before");
        assertEquals(List.of(1, 1, 1), r.months().subList(0, 3).stream().map(MonthFigures::uniqueUsers).toList());
        assertEquals(4, r.servicesGiven());
        assertEquals(List.of(new AnnualReport.Category("TRANS_WOMAN", 1)), r.demographics().gender());
    }

    @Test
    void poisonEventsInTheMiddleOfABatchGoToTheDeadLettersAndTheRestApplies() throws Exception {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("BP");
        Instant may = Instant.parse(y + "-05-10T10:00:00Z");
        double letters = registry.counter("sentret.stats.dead.letters").count();
        String notJson = "{\"eventId\": \"" + UUID.randomUUID() + "\", not json " + p;
        // a refusal only the set-based write finds out (a trigger; it was a NUL character until the parser refused those),
        // so the batch is applied again event by event
        String source = "refused-" + p.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        sql("create or replace function test_refuse() returns trigger language plpgsql as $$ begin"
                + " raise exception 'refused by the test' using errcode = '22021'; end $$");
        sql("create or replace trigger test_refuse_" + source.replace('-', '_') + " before insert on service_event for each row"
                + " when (new.source = '" + source + "') execute function test_refuse()");
        Events.Ev refused = Events.withSource(Events.visitRecorded(UUID.randomUUID(), p + "2", may), source);
        List<Events.Ev> batch = new ArrayList<>();
        batch.add(Events.visitRecorded(UUID.randomUUID(), p + "1", may));
        batch.add(Events.feedback(UUID.randomUUID(), may, 3, false));
        batch.add(new Events.Ev("visit-events", null, notJson));
        batch.add(Events.healthRecorded(UUID.randomUUID(), p + "3", may));
        batch.add(refused);
        batch.add(Events.outreachRecorded(UUID.randomUUID(), p + "4", may, "SMS"));
        batch.add(Events.visitRecorded(UUID.randomUUID(), p + "5", may));
        applyAsOneBatch(batch);

        AnnualReport r = reports.annualFromRows(y); // the batches went to the rows alone, not through the broker
        assertEquals(4, r.servicesGiven(), "the four valid service events around the two poison ones");
        assertEquals(4, r.months().get(4).uniqueUsers());
        assertEquals(1, r.feedback().responses());
        assertEquals(letters + 2, registry.counter("sentret.stats.dead.letters").count());
        Map<String, ConsumerRecord<String, String>> found = DeadLetterReader.find(List.of(notJson, refused.value()));
        assertEquals("record: not JSON", DeadLetterReader.reason(found.get(notJson)));
        assertEquals("database refused the event: SQLState 22021 (character not in repertoire)",
                DeadLetterReader.reason(found.get(refused.value())));
    }

    private void sql(String statement) throws Exception {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** The events as one polled batch of a partition of this test's own, applied like the live consumer does. */
    private void applyAsOneBatch(List<Events.Ev> events) throws Exception {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (Events.Ev e : events) {
            byte[] value = e.value() == null ? null : e.value().getBytes(StandardCharsets.UTF_8);
            records.add(new ConsumerRecord<>(TOPIC, 0, OFFSET.getAndIncrement(), e.key(), value));
        }
        BatchApplier.Outcome outcome = applier.apply(records, applier.activeGeneration(), BatchApplier.Mode.LIVE, i -> { });
        assertEquals(BatchApplier.Outcome.APPLIED, outcome);
    }
}
