package no.sentret.stats;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import no.sentret.infra.testing.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends envelopes with a real producer to the test broker, and waits until the stats consumer has
 * stored offsets past them (so a test reads figures only after its events were handled).
 */
final class EventSender {

    private static KafkaProducer<String, String> producer;

    private EventSender() {
    }

    static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    /** @return the last offset written per partition */
    static Map<TopicPartition, Long> send(List<Events.Ev> events) {
        try {
            List<Future<RecordMetadata>> acks = new java.util.ArrayList<>();
            for (Events.Ev e : events) {
                acks.add(producer().send(new ProducerRecord<>(e.topic(), e.key(), e.value())));
            }
            producer().flush();
            Map<TopicPartition, Long> last = new HashMap<>();
            for (Future<RecordMetadata> a : acks) {
                RecordMetadata m = a.get();
                last.merge(new TopicPartition(m.topic(), m.partition()), m.offset(), Math::max);
            }
            return last;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void sendAndAwait(AgroalDataSource ds, List<Events.Ev> events) {
        awaitConsumed(ds, send(events), Duration.ofSeconds(60));
    }

    static void awaitConsumed(AgroalDataSource ds, Map<TopicPartition, Long> last, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (consumedPast(ds, last)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the stats consumer did not reach " + last + " within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static boolean consumedPast(AgroalDataSource ds, Map<TopicPartition, Long> last) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select o.next_offset from consumer_offset o join stats_generation g "
                     + "on g.active_gen = o.gen where o.topic = ? and o.partition_no = ?")) {
            for (Map.Entry<TopicPartition, Long> e : last.entrySet()) {
                ps.setString(1, e.getKey().topic());
                ps.setInt(2, e.getKey().partition());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getLong(1) <= e.getValue()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
