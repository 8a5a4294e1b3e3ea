package no.sentret.stats.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code sentret.stats.consumer.lag{topic,partition}}: events on the broker the live consumer has not read yet,
 * per partition it holds, as of its last poll (the broker tells it with every fetch; no extra request). A
 * partition another replica took over is dropped from this replica's scrape.
 */
@ApplicationScoped
public class ConsumerLag {

    private record Partition(AtomicLong lag, Gauge gauge) {
    }

    private final MeterRegistry registry;
    private final Map<TopicPartition, Partition> partitions = new ConcurrentHashMap<>();

    ConsumerLag(MeterRegistry registry) {
        this.registry = registry;
    }

    void observe(Consumer<?, ?> consumer) {
        Set<TopicPartition> assigned = consumer.assignment();
        for (TopicPartition tp : assigned) {
            OptionalLong lag = consumer.currentLag(tp);
            if (lag.isPresent()) {
                partitions.computeIfAbsent(tp, this::register).lag().set(lag.getAsLong());
            }
        }
        partitions.entrySet().removeIf(e -> {
            if (assigned.contains(e.getKey())) {
                return false;
            }
            registry.remove(e.getValue().gauge());
            return true;
        });
    }

    private Partition register(TopicPartition tp) {
        AtomicLong lag = new AtomicLong();
        Gauge gauge = Gauge.builder("sentret.stats.consumer.lag", lag, AtomicLong::get)
                .description("events on the broker not yet read by the live consumer, per partition")
                .tag("topic", tp.topic())
                .tag("partition", Integer.toString(tp.partition()))
                .register(registry);
        return new Partition(lag, gauge);
    }
}
