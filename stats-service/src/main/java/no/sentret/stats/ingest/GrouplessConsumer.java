package no.sentret.stats.ingest;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.sentret.platform.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteBufferDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer of the stats topics with no group, which assigns itself every partition and keeps its positions itself:
 * a rebuild (positions in the database) and each replica's projection (positions in memory) read everything this way.
 * Committed transactions only, as the live consumer reads them; the values stay bytes for {@link EventParser}.
 */
public final class GrouplessConsumer {

    private GrouplessConsumer() {
    }

    public static KafkaConsumer<String, byte[]> open(KafkaClients kafka, int maxPollRecords) {
        return new KafkaConsumer<>(config(kafka, maxPollRecords), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * {@link #open} for a reader of the values only (the projection): no key is read, and each value is a slice of the
     * fetched batch, not a copy of it ({@link EventParser#parse(ByteBuffer)} reads it where it lies). The value's copy
     * and the key's String were a third of what the polling thread allocated (JFR, bench README step 20).
     */
    public static KafkaConsumer<Void, ByteBuffer> openValueSlices(KafkaClients kafka, int maxPollRecords) {
        return new KafkaConsumer<>(config(kafka, maxPollRecords), new KeyNotRead(), new ByteBufferDeserializer());
    }

    private static Map<String, Object> config(KafkaClients kafka, int maxPollRecords) {
        Map<String, Object> own = new HashMap<>();
        own.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        own.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        own.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return kafka.config(own);
    }

    /** Every key as null, read neither from the batch nor into a copy (Kafka's VoidDeserializer refuses a key that is there). */
    private static final class KeyNotRead implements Deserializer<Void> {

        @Override
        public Void deserialize(String topic, byte[] data) {
            return null;
        }

        @Override
        public Void deserialize(String topic, Headers headers, ByteBuffer data) {
            return null;
        }
    }

    /** Every partition of the topics, as the broker lists them now. */
    public static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }
}
