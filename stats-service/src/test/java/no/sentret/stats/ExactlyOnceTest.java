package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
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

/** Duplicates, a consumer killed mid-batch, a failing database: the counts stay exact. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ExactlyOnceTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    StatsConsumer consumer;

    @Inject
    MeterRegistry registry;

    @Test
    void aDuplicateDeliveryCountsOnce() {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("EO");
        Events.Ev visit = Events.visitRecorded(UUID.randomUUID(), p + "DUP", Instant.parse(y + "-01-10T10:00:00Z"));
        Events.Ev feedback = Events.feedback(UUID.randomUUID(), Instant.parse(y + "-01-10T10:00:00Z"), 4, true);
        EventSender.sendAndAwait(ds, List.of(visit, feedback, visit, feedback));
        EventSender.sendAndAwait(ds, List.of(visit, feedback));
        AnnualReport r = Api.annual(y);
        assertEquals(1, r.months().get(0).services());
        assertEquals(1, r.months().get(0).uniqueUsers());
        assertEquals(1, r.feedback().responses());
    }

    @Test
    void aConsumerKilledMidBatchAndRestartedCountsEveryEventOnce() throws Exception {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("EO");
        consumer.stop();
        List<Events.Ev> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            events.add(Events.visitRecorded(UUID.randomUUID(), p + "K" + i, Instant.parse(y + "-03-10T10:00:00Z").plusSeconds(i)));
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
        AnnualReport r = Api.annual(y);
        assertEquals(400, r.months().get(2).uniqueUsers());
        assertEquals(400, r.months().get(2).services());
    }

    @Test
    void aFailingDatabaseDelaysEventsAndSkipsNone() throws Exception {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("EO");
        double failedAttempts = registry.counter("sentret.stats.batch.failures").count();
        execute("alter table service_event rename to service_event_away");
        Map<TopicPartition, Long> last;
        try {
            List<Events.Ev> events = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                events.add(Events.visitRecorded(UUID.randomUUID(), p + "DB" + i, Instant.parse(y + "-07-10T10:00:00Z")));
            }
            last = EventSender.send(events);
            // "nothing committed" proves something only once the consumer has tried the batch and failed
            awaitMore(failedAttempts, Duration.ofSeconds(60));
            assertFalse(EventSender.consumedPast(ds, last), "nothing may be committed while the writes fail");
        } finally {
            execute("alter table service_event_away rename to service_event");
        }
        EventSender.awaitConsumed(ds, last, Duration.ofSeconds(60));
        assertEquals(50, Api.annual(y).months().get(6).uniqueUsers());
        assertTrue(EventSender.consumedPast(ds, last));
    }

    private void awaitMore(double failedAttempts, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (registry.counter("sentret.stats.batch.failures").count() <= failedAttempts) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the consumer did not try the batch within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
