package no.sentret.stats;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import no.sentret.infra.testing.TestInfrastructure;
import no.sentret.stats.ingest.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the dead-letter topic from the beginning until it has found the given record values (other tests' letters are passed over). */
final class DeadLetterReader {

    private DeadLetterReader() {
    }

    /** @return each wanted value's dead letter; fails when one is not there within 30 s */
    static Map<String, ConsumerRecord<String, String>> find(Collection<String> values) {
        Set<String> wanted = new HashSet<>(values);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, ConsumerRecord<String, String>> found = new HashMap<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
            c.subscribe(List.of("stats-dead-letters"));
            Instant deadline = Instant.now().plusSeconds(30);
            while (found.size() < wanted.size() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    if (wanted.contains(r.value())) {
                        found.put(r.value(), r);
                    }
                }
            }
        }
        if (found.size() < wanted.size()) {
            throw new AssertionError((wanted.size() - found.size()) + " of " + wanted.size() + " dead letters not found");
        }
        return found;
    }

    static String header(ConsumerRecord<String, String> letter, String name) {
        return new String(letter.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    static String reason(ConsumerRecord<String, String> letter) {
        return header(letter, DeadLetters.REASON_HEADER);
    }
}
