package no.sentret.stats.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Events left out because they belong to a frozen year, made visible: counted in
 * {@code sentret_stats_frozen_year_events_total{topic,mode}} and, for a live one, logged with where it
 * lies on the broker (topic, partition, offset) and its year, never its client code. A live one is a
 * record made or corrected after its year was published: the figures of that year stay as published,
 * and someone decides whether the year needs a correction note. In a rebuild they are expected (the
 * frozen years are copied, not replayed) and only counted.
 */
@ApplicationScoped
public class FrozenYearEvents {

    private static final Logger LOG = Logger.getLogger(FrozenYearEvents.class);

    record LeftOut(ConsumerRecord<String, byte[]> record, int year) {
    }

    private final MeterRegistry registry;

    FrozenYearEvents(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Called once the batch committed, so a retried batch counts its events once. */
    void leftOut(List<LeftOut> events, BatchApplier.Mode mode) {
        for (LeftOut e : events) {
            Counter.builder("sentret.stats.frozen.year.events")
                    .description("events of a frozen year left out (live: recorded or corrected after the year was frozen)")
                    .tag("topic", e.record().topic())
                    .tag("mode", mode.name().toLowerCase(Locale.ROOT))
                    .register(registry)
                    .increment();
            if (mode == BatchApplier.Mode.LIVE) {
                LOG.warnf("an event of the frozen year %d was left out, the year's figures stay as published: %s-%d offset %d",
                        e.year(), e.record().topic(), e.record().partition(), e.record().offset());
            }
        }
    }
}
