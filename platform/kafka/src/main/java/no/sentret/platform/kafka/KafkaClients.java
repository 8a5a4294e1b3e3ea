package no.sentret.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Builds every Kafka client of a service from Quarkus's Kafka configuration: all {@code kafka.*}
 * settings (bootstrap servers, and for production {@code security.protocol}, {@code sasl.*},
 * {@code ssl.*}), so TLS and SASL configured once reach the outbox relay, the consumers and the
 * dead-letter producer alike. The caller adds only what is its own (acks, group id, client id).
 */
@ApplicationScoped
public class KafkaClients {

    private final Map<String, Object> shared;

    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> shared) {
        this.shared = Map.copyOf(shared);
    }

    /** The shared settings plus {@code own}; {@code own} wins where both set a key. */
    public Map<String, Object> config(Map<String, Object> own) {
        Map<String, Object> config = new HashMap<>(shared);
        config.putAll(own);
        return config;
    }

    public KafkaProducer<String, String> producer(Map<String, Object> own) {
        return new KafkaProducer<>(config(own), new StringSerializer(), new StringSerializer());
    }

    public KafkaConsumer<String, String> consumer(Map<String, Object> own) {
        return new KafkaConsumer<>(config(own), new StringDeserializer(), new StringDeserializer());
    }
}
