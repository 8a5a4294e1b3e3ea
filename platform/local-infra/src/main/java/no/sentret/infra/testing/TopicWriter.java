package no.sentret.infra.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events in the contract's envelope to a topic over a real connection, as another service
 * would: e.g. a {@code ClientRegistered} on visit-events for a service's client directory.
 */
public final class TopicWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProducer<String, String> producer;
    private final String topic;

    public TopicWriter(String topic) {
        this.topic = topic;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructureResource.plaintextBootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /**
     * Sends one event (schemaVersion 1) keyed by {@code clientCode}, with its {@code type} header as the
     * outbox sends it, and waits for the broker's acknowledgement.
     */
    public UUID send(String type, String source, String clientCode, Instant occurredAt, Map<String, ?> payload) {
        return send(type, source, clientCode, occurredAt, payload, true);
    }

    /** As {@link #send}, without the {@code type} header: a record published before the header existed. */
    public UUID sendWithoutTypeHeader(String type, String source, String clientCode, Instant occurredAt, Map<String, ?> payload) {
        return send(type, source, clientCode, occurredAt, payload, false);
    }

    private UUID send(String type, String source, String clientCode, Instant occurredAt, Map<String, ?> payload, boolean typeHeader) {
        UUID id = UUID.randomUUID();
        ObjectNode envelope = JSON.createObjectNode()
                .put("eventId", id.toString())
                .put("type", type)
                .put("schemaVersion", 1)
                .put("occurredAt", occurredAt.toString())
                .put("recordedAt", Instant.now().toString())
                .put("source", source)
                .put("clientCode", clientCode);
        envelope.set("payload", JSON.valueToTree(payload));
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, clientCode, envelope.toString());
            if (typeHeader) {
                record.headers().add("type", type.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish " + type + " to " + topic, e);
        }
        return id;
    }

    /** A {@code ClientRegistered} on visit-events as visit-service publishes it, registered today. */
    public void clientRegistered(String code) {
        send("ClientRegistered", "visit-service", code, Instant.now(), Map.of("code", code, "gender", "WOMAN",
                "firstRegisteredOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString()));
    }

    /** A {@code ClientsMerged} on visit-events: {@code merged} now stands for {@code surviving}. */
    public void clientsMerged(String merged, String surviving) {
        send("ClientsMerged", "visit-service", surviving, Instant.now(), Map.of("mergedCode", merged, "survivingCode", surviving));
    }

    @Override
    public void close() {
        producer.close();
    }
}
