package no.sentret.stats.ingest;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * The live consumer: one thread, one {@link KafkaConsumer} in the stats consumer group. Positions
 * come from the database (stored with the facts), never from Kafka's committed offsets, which are
 * committed afterwards only so that lag shows in the usual tools. A failed batch (database away) is
 * rolled back, the partitions are sought back to its first records, and it is retried with backoff:
 * nothing is skipped, nothing is counted twice. (Events the database refuses are set aside by the
 * {@link BatchApplier}; what still fails is reported through {@link FailingBatch}.)
 */
public class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    /** {@code kafka}: the service's shared Kafka settings (the kit's KafkaClients: bootstrap servers, TLS, SASL). */
    public record Settings(Map<String, Object> kafka, String groupId, List<String> topics, int maxPollRecords) {
    }

    private final Settings settings;
    private final BatchApplier applier;
    private final IntConsumer afterEach;
    private final FailingBatch failing;
    private volatile boolean stopped;
    private volatile KafkaConsumer<String, String> consumer;
    private int gen;

    public ConsumerLoop(Settings settings, BatchApplier applier, IntConsumer afterEach, FailingBatch failing) {
        this.settings = settings;
        this.applier = applier;
        this.afterEach = afterEach;
        this.failing = failing;
    }

    public void stop() {
        stopped = true;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    @Override
    public void run() {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(properties())) {
            consumer = c;
            gen = retrying("read the active generation", applier::activeGeneration);
            c.subscribe(settings.topics(), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // positions live in the database with the facts; nothing to commit here
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    seekToStored(c, partitions);
                }
            });
            long backoff = 0;
            while (!stopped) {
                ConsumerRecords<String, String> polled;
                try {
                    polled = c.poll(Duration.ofMillis(200));
                } catch (WakeupException e) {
                    break;
                } catch (KafkaException e) {
                    // e.g. the broker away or a failed rebalance callback: keep the thread, try again
                    if (stopped) {
                        break;
                    }
                    LOG.warnf("stats consumer: poll failed, retrying: %s", e.getMessage());
                    sleep(1_000);
                    continue;
                }
                if (polled.isEmpty()) {
                    continue;
                }
                List<ConsumerRecord<String, String>> batch = new ArrayList<>(polled.count());
                polled.forEach(batch::add);
                try {
                    if (applier.apply(batch, gen, BatchApplier.Mode.LIVE, afterEach) == BatchApplier.Outcome.GENERATION_CHANGED) {
                        gen = applier.activeGeneration();
                        LOG.infof("stats consumer: switched to rebuilt generation %d", gen);
                        seekToStored(c, c.assignment());
                        continue;
                    }
                    if (backoff > 0) {
                        LOG.infof("stats consumer: the batch applied after %d failed attempts, resumed", failing.state().attempts());
                    }
                    backoff = 0;
                    failing.applied();
                    c.commitAsync(nextOffsets(batch), null);
                } catch (SQLException | RuntimeException e) {
                    String why = DatabaseErrors.describe(e);
                    failing.failed(why);
                    if (backoff == 0) {
                        LOG.warnf("stats consumer: batch failed and will be retried (nothing skipped): %s", why);
                    }
                    seekBack(c, batch);
                    backoff = Math.min(backoff == 0 ? 500 : backoff * 2, 10_000);
                    sleep(backoff);
                }
            }
        } catch (WakeupException e) {
            // stop() during start-up
        } finally {
            consumer = null;
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.putAll(settings.kafka());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private void seekToStored(KafkaConsumer<String, String> c, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> stored = retrying("read stored offsets", () -> applier.storedOffsets(gen, partitions));
        List<TopicPartition> fresh = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            Long offset = stored.get(tp);
            if (offset == null) {
                fresh.add(tp);
            } else {
                c.seek(tp, offset);
            }
        }
        if (!fresh.isEmpty()) {
            c.seekToBeginning(fresh);
        }
    }

    private static void seekBack(KafkaConsumer<String, String> c, List<ConsumerRecord<String, String>> batch) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, String> r : batch) {
            first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset());
        }
        first.forEach(c::seek);
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<ConsumerRecord<String, String>> batch) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, String> r : batch) {
            next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
        }
        return next;
    }

    interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** Blocks until the database answers (or the loop is stopped): without positions we must not read. */
    private <T> T retrying(String what, SqlCall<T> call) {
        long backoff = 500;
        while (true) {
            try {
                return call.call();
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    throw new WakeupException();
                }
                LOG.warnf("stats consumer: could not %s, retrying: %s", what, DatabaseErrors.describe(e));
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
