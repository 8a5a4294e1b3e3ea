package no.sentret.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import no.sentret.platform.kafka.Acknowledgements;
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
    private final String topic;
    private volatile KafkaProducer<String, String> producer;

    public OutboxPublisher(KafkaClients clients, OutboxConfig config) {
        this.clients = clients;
        this.topic = config.topic();
    }

    public String topic() {
        return topic;
    }

    void publish(List<OutboxRow> rows) {
        List<ProducerRecord<String, String>> records = rows.stream()
                .map(row -> new ProducerRecord<>(topic, row.clientCode(), row.envelopeJson()))
                .toList();
        Acknowledgements.sendAll(producer(), records, "the broker");
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
