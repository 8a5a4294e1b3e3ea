package no.sentret.infra.testing;

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

/** Reads a topic from the beginning, as a consumer of the topic would, over a real connection. */
public final class TopicReader implements AutoCloseable {

    /**
     * One record as received: its key, envelope, W3C trace context header ({@code traceparent}) and event
     * type header ({@code type}), each null if absent.
     */
    public record Received(String key, JsonNode envelope, Instant receivedAt, String traceParent, String typeHeader) {
        public String type() {
            return envelope.path("type").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<Received> seen = new ArrayList<>();

    private final String topic;

    public TopicReader(String topic) {
        this.topic = topic;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructureResource.plaintextBootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(topic));
    }

    /**
     * Polls until {@code expected} matching records have arrived, then {@code settle} longer to catch
     * any extra ones, or until {@code timeout}. Returns the matching records in the order they were
     * written (the envelopes' {@code recordedAt}; arrival order for ties and for values without one):
     * a topic keeps only one key's records in order, and unkeyed events are spread over the partitions.
     */
    public List<Received> await(Predicate<Received> matching, int expected, Duration timeout, Duration settle) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long settleUntil = Long.MAX_VALUE;
        while (System.nanoTime() < Math.min(deadline, settleUntil)) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                try {
                    seen.add(new Received(r.key(), JSON.readTree(r.value()), Instant.now(), header(r, "traceparent"), header(r, "type")));
                } catch (java.io.IOException e) {
                    throw new AssertionError("not JSON on " + topic + ": " + r.value(), e);
                }
            }
            if (settleUntil == Long.MAX_VALUE && seen.stream().filter(matching).count() >= expected) {
                settleUntil = System.nanoTime() + settle.toNanos();
            }
        }
        List<Received> matched = seen.stream().filter(matching).toList();
        return matched.stream().allMatch(r -> r.envelope().hasNonNull("recordedAt"))
                ? matched.stream().sorted(java.util.Comparator.comparing(r -> Instant.parse(r.envelope().get("recordedAt").asText()))).toList()
                : matched;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        org.apache.kafka.common.header.Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
