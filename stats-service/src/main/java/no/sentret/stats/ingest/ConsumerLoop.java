package no.sentret.stats.ingest;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * The live consumer: one thread, one {@link KafkaConsumer} in the stats consumer group. Positions
 * come from the database (stored with the facts), never from Kafka's committed offsets, which are
 * committed afterwards only so that lag shows in the usual tools. A failed batch (database away) is
 * rolled back, the partitions are sought back to its first records, and it is retried with backoff:
 * nothing is skipped, nothing is counted twice. (Events the database refuses are set aside by the
 * {@link BatchApplier}; what still fails is reported through {@link FailingBatch}.)
 * <p>
 * Two stages, so that reading and writing overlap: while a writer thread writes batch N in its
 * transaction, this thread polls and parses batch N+1, and hands it over only once N has committed
 * (batches under {@value #OVERLAP_FROM} events, the live pace, are written on this thread).
 * Batches still commit one at a time and in order, each with its offsets; when N fails, N+1 is
 * dropped unwritten and the partitions of both are sought back to N's first records. A rebalance
 * waits for the batch in flight before the partitions move.
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
    private final ConsumerLag lag;
    private volatile boolean stopped;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private int gen;
    private InFlight inFlight;
    private boolean resync;
    private long backoff;

    public ConsumerLoop(Settings settings, BatchApplier applier, IntConsumer afterEach, FailingBatch failing, ConsumerLag lag) {
        this.lag = lag;
        this.settings = settings;
        this.applier = applier;
        this.afterEach = afterEach;
        this.failing = failing;
    }

    public void stop() {
        stopped = true;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /**
     * Smaller batches (the centre's live pace) are written on this thread as before: handing a few
     * events to another thread gains nothing and, on a busy machine, costs a wake-up in the freshness.
     */
    static final int OVERLAP_FROM = 200;

    /** Runs the write now, on this thread; its outcome (or failure, an Error too) is read like a writer thread's. */
    private static Future<BatchApplier.Outcome> inline(Callable<BatchApplier.Outcome> write) {
        FutureTask<BatchApplier.Outcome> task = new FutureTask<>(write);
        task.run();
        return task;
    }

    /** A batch being written by the writer thread while the consumer thread reads the next one. */
    private record InFlight(BatchApplier.Parsed batch, Future<BatchApplier.Outcome> outcome) {
    }

    @Override
    public void run() {
        ExecutorService writer = WriterThread.start();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties())) {
            consumer = c;
            gen = retrying("read the active generation", applier::activeGeneration);
            c.subscribe(settings.topics(), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // positions live in the database with the facts: let the batch being written commit (or fail)
                    // before another consumer reads them
                    settleInFlight(c);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    settleInFlight(c);
                    seekToStored(c, partitions);
                }
            });
            while (!stopped) {
                ConsumerRecords<String, byte[]> polled;
                try {
                    polled = c.poll(Duration.ofMillis(200));
                    lag.observe(c);
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
                BatchApplier.Parsed next = null;
                if (!polled.isEmpty()) {
                    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(polled.count());
                    polled.forEach(batch::add);
                    next = applier.parse(batch); // while the batch before is being written
                }
                if (resync) {
                    resync = false;
                    seekToStored(c, c.assignment()); // a batch failed during a rebalance: the database says where to go on
                    continue;
                }
                if (inFlight != null && !finish(c, next)) {
                    continue; // the batch before failed or met a new generation: the partitions were sought back, next is read again
                }
                if (next != null) {
                    BatchApplier.Parsed batch = next;
                    int g = gen;
                    Callable<BatchApplier.Outcome> write = () -> applier.apply(batch, g, BatchApplier.Mode.LIVE, afterEach);
                    inFlight = new InFlight(batch, batch.size() >= OVERLAP_FROM ? writer.submit(write) : inline(write));
                }
            }
            settleInFlight(c);
        } catch (WakeupException e) {
            // stop() during start-up
        } finally {
            consumer = null;
            writer.shutdownNow();
        }
    }

    /**
     * Waits for the batch in flight and acts on its outcome; {@code next} (already polled, not yet
     * written) is dropped when the batch failed, its partitions sought back with the failed batch's.
     *
     * @return whether {@code next} may be written
     */
    private boolean finish(KafkaConsumer<String, byte[]> c, BatchApplier.Parsed next) {
        InFlight done = inFlight;
        inFlight = null;
        try {
            if (await(done) == BatchApplier.Outcome.GENERATION_CHANGED) {
                gen = applier.activeGeneration();
                LOG.infof("stats consumer: switched to rebuilt generation %d", gen);
                seekToStored(c, c.assignment());
                return false;
            }
            if (backoff > 0) {
                LOG.infof("stats consumer: the batch applied after %d failed attempts, resumed", failing.state().attempts());
            }
            backoff = 0;
            failing.applied();
            c.commitAsync(nextOffsets(done.batch().records()), null);
            return true;
        } catch (SQLException | RuntimeException e) {
            String why = DatabaseErrors.describe(e);
            failing.failed(why);
            if (backoff == 0) {
                LOG.warnf("stats consumer: batch failed and will be retried (nothing skipped): %s", why);
            }
            List<ConsumerRecord<String, byte[]>> unwritten = new ArrayList<>(done.batch().records());
            if (next != null) {
                unwritten.addAll(next.records()); // after the failed ones: a partition in both goes back to the failed batch's first
            }
            seekBack(c, unwritten);
            backoff = Math.min(backoff == 0 ? 500 : backoff * 2, 10_000);
            sleep(backoff);
            return false;
        }
    }

    /** In a rebalance callback: wait for the batch in flight; if it failed, re-read positions from the database after the poll. */
    private void settleInFlight(KafkaConsumer<String, byte[]> c) {
        if (inFlight == null) {
            return;
        }
        InFlight done = inFlight;
        inFlight = null;
        try {
            if (await(done) == BatchApplier.Outcome.APPLIED) {
                failing.applied();
                return;
            }
        } catch (SQLException | RuntimeException e) {
            failing.failed(DatabaseErrors.describe(e));
        }
        resync = true;
    }

    /** The outcome of a batch in flight; an Error in the writer (a test killing the consumer mid-batch) ends this thread too. */
    private BatchApplier.Outcome await(InFlight done) throws SQLException {
        try {
            return done.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the batch was written", e);
        } catch (ExecutionException e) {
            Throwable cause = WriterThread.checkedCause(e);
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(cause);
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
        // the values stay bytes: the parser reads them with Jackson's byte parser, no String made per event
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    private void seekToStored(KafkaConsumer<String, byte[]> c, Collection<TopicPartition> partitions) {
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

    private static void seekBack(KafkaConsumer<String, byte[]> c, List<ConsumerRecord<String, byte[]>> batch) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : batch) {
            first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset());
        }
        first.forEach(c::seek);
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<ConsumerRecord<String, byte[]>> batch) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : batch) {
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
