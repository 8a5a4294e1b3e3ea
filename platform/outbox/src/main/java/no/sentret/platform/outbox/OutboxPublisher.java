package no.sentret.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import no.sentret.platform.kafka.Acknowledgements;
import no.sentret.platform.kafka.EventTypeHeader;
import no.sentret.platform.kafka.KafkaClients;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends outbox rows with an idempotent producer ({@code acks=all}); the key is the client code so one
 * client's events land on one partition in order. Returns only when the broker has acknowledged
 * every row, and throws if any was not.
 */
@ApplicationScoped
public class OutboxPublisher {

    private final KafkaClients clients;
    private final OutboxTracing tracing;
    private final String topic;
    private volatile KafkaProducer<String, String> producer;

    public OutboxPublisher(KafkaClients clients, OutboxConfig config, OutboxTracing tracing) {
        this.clients = clients;
        this.tracing = tracing;
        this.topic = config.topic();
    }

    public String topic() {
        return topic;
    }

    void publish(List<OutboxRow> rows) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, row.clientCode(), row.envelopeJson());
            EventTypeHeader.add(record.headers(), row.type());
            spans.add(tracing.startPublish(row, topic,
                    (name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.US_ASCII))));
            records.add(record);
        }
        // a publish span lasts until the broker acknowledged the batch (or refused it)
        try {
            Acknowledgements.sendAll(producer(), records, "the broker");
        } catch (RuntimeException e) {
            spans.forEach(s -> s.setStatus(StatusCode.ERROR, e.getClass().getSimpleName()));
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = create();
                }
                p = producer;
            }
        }
        return p;
    }

    private KafkaProducer<String, String> create() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // bounded waits: while the broker is away a batch fails within seconds and stays in the outbox
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + topic);
        return clients.producer(props);
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
