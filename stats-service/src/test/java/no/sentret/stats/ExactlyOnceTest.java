package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.ingest.ConsumerLoop;
import no.sentret.stats.ingest.StatsConsumer;
import no.sentret.stats.report.AnnualReport;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Duplicates, a consumer killed mid-batch, a failing database: the counts stay exact (year 2010). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class ExactlyOnceTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    StatsConsumer consumer;

    @Test
    void aDuplicateDeliveryCountsOnce() {
        Events.Ev visit = Events.visitRecorded(UUID.randomUUID(), "EO-DUP", Instant.parse("2010-01-10T10:00:00Z"));
        Events.Ev feedback = Events.feedback(UUID.randomUUID(), Instant.parse("2010-01-10T10:00:00Z"), 4, true);
        EventSender.sendAndAwait(ds, List.of(visit, feedback, visit, feedback));
        EventSender.sendAndAwait(ds, List.of(visit, feedback));
        AnnualReport r = Api.annual(2010);
        assertEquals(1, r.months().get(0).services());
        assertEquals(1, r.months().get(0).uniqueUsers());
        assertEquals(1, r.feedback().responses());
    }

    @Test
    void aConsumerKilledMidBatchAndRestartedCountsEveryEventOnce() throws Exception {
        consumer.stop();
        List<Events.Ev> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            events.add(Events.visitRecorded(UUID.randomUUID(), "EO-K" + i, Instant.parse("2010-03-10T10:00:00Z").plusSeconds(i)));
        }
        Map<TopicPartition, Long> last = EventSender.send(events);

        // a second consumer of the same group dies (an Error, like a killed process) in the middle of a batch
        AtomicInteger seen = new AtomicInteger();
        ConsumerLoop doomed = consumer.newLoop(i -> {
            if (seen.incrementAndGet() == 150) {
                throw new Error("killed mid-batch");
            }
        });
        Thread t = new Thread(doomed, "doomed-consumer");
        t.setUncaughtExceptionHandler((thread, e) -> { }); // its death is the point
        t.start();
        t.join(60_000);
        assertFalse(t.isAlive());
        assertEquals(150, seen.get(), "it died after its 150th record");
        assertFalse(EventSender.consumedPast(ds, last), "the batch it died in must not have committed");

        consumer.start();
        EventSender.awaitConsumed(ds, last, Duration.ofSeconds(60));
        AnnualReport r = Api.annual(2010);
        assertEquals(400, r.months().get(2).uniqueUsers());
        assertEquals(400, r.months().get(2).services());
    }

    @Test
    void aFailingDatabaseDelaysEventsAndSkipsNone() throws Exception {
        execute("alter table service_event rename to service_event_away");
        Map<TopicPartition, Long> last;
        try {
            List<Events.Ev> events = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                events.add(Events.visitRecorded(UUID.randomUUID(), "EO-DB" + i, Instant.parse("2010-07-10T10:00:00Z")));
            }
            last = EventSender.send(events);
            Thread.sleep(2_000);
            assertFalse(EventSender.consumedPast(ds, last), "nothing may be committed while the writes fail");
        } finally {
            execute("alter table service_event_away rename to service_event");
        }
        EventSender.awaitConsumed(ds, last, Duration.ofSeconds(60));
        assertEquals(50, Api.annual(2010).months().get(6).uniqueUsers());
        assertTrue(EventSender.consumedPast(ds, last));
    }

    private void execute(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
