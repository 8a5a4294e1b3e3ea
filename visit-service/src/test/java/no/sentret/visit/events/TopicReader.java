package no.sentret.visit.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads visit-events from the beginning, as a consumer of the topic would, over a real connection. */
final class TopicReader implements AutoCloseable {

    /** One record as received: its key and envelope. */
    record Received(String key, JsonNode envelope, Instant receivedAt) {
        String type() {
            return envelope.path("type").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<Received> seen = new ArrayList<>();

    TopicReader() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "visit-events-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of("visit-events"));
    }

    /**
     * Polls until {@code expected} matching records have arrived, then {@code settle} longer to catch
     * any extra ones, or until {@code timeout}. Returns the matching records in arrival order.
     */
    List<Received> await(Predicate<Received> matching, int expected, Duration timeout, Duration settle) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long settleUntil = Long.MAX_VALUE;
        while (System.nanoTime() < Math.min(deadline, settleUntil)) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                try {
                    seen.add(new Received(r.key(), JSON.readTree(r.value()), Instant.now()));
                } catch (java.io.IOException e) {
                    throw new AssertionError("not JSON on visit-events: " + r.value(), e);
                }
            }
            if (settleUntil == Long.MAX_VALUE && seen.stream().filter(matching).count() >= expected) {
                settleUntil = System.nanoTime() + settle.toNanos();
            }
        }
        return seen.stream().filter(matching).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
