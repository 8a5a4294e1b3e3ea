package no.sentret.platform.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * A service's read model fed from another service's topic, on its own thread: poll, {@link #apply}
 * the batch (in one transaction, idempotently), then commit the offsets. A crash between the two
 * re-delivers the batch, which idempotent statements absorb; so the offsets are committed
 * asynchronously (a batch does not wait for the broker's answer; a lost commit re-delivers, as a crash
 * does), at most once per {@link Settings#commitInterval()} while batches keep coming (each commit is a
 * request and a write of the broker's offsets log: per batch, that was a commit per front-desk click in
 * every service with a feed), at once when the feed has caught up (a poll finds nothing), and once
 * synchronously, briefly, when the feed stops. A batch that fails (database away) is
 * sought back and retried after a pause: the read model falls behind, it never skips an event.
* A subclass is a {@code @Singleton} CDI bean (no client proxy) that calls {@link #start()} on StartupEvent and {@link #stop()} on ShutdownEvent.
 */
public abstract class TopicFeed {

    private static final Logger LOG = Logger.getLogger(TopicFeed.class);

    /** Where and how a feed reads. */
    public record Settings(String name, List<String> topics, String group, Duration pollTimeout, Duration retryBackoff,
                           Duration commitInterval) {

        /** A busy feed commits its offsets once a second; what a crash re-delivers is at most that second's batches. */
        public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(1);

        public Settings(String name, List<String> topics, String group, Duration pollTimeout, Duration retryBackoff) {
            this(name, topics, group, pollTimeout, retryBackoff, DEFAULT_COMMIT_INTERVAL);
        }
    }

    private final KafkaClients clients;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    /** the feed thread's own: batches applied since the last commit, and when that was */
    private boolean uncommitted;
    private long lastCommitNanos;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;
    private volatile boolean stopping;
    private volatile Throwable died;

    protected TopicFeed(KafkaClients clients) {
        this.clients = clients;
    }

    protected abstract Settings settings();

    /** Applies one polled batch; must be idempotent and commit or roll back as a whole. */
    protected abstract void apply(List<ConsumerRecord<String, String>> records);

    protected void start() {
        Settings s = settings();
        consumer = clients.consumer(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, s.group(),
                ConsumerConfig.CLIENT_ID_CONFIG, s.name(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        thread = new Thread(() -> run(s), s.name());
        thread.setDaemon(true);
        thread.start();
    }

    protected void stop() {
        stopping = true;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Events applied since start (idempotent re-deliveries included). */
    public long applied() {
        return applied.get();
    }

    /** Offset commits the broker confirmed since start. */
    public long commits() {
        return commits.get();
    }

    /** @return null while the feed runs (or was never started), otherwise why its thread ended */
    public Throwable died() {
        return died;
    }

    private void run(Settings s) {
        lastCommitNanos = System.nanoTime(); // nanoTime's origin is arbitrary (it may be negative): count from here
        try (KafkaConsumer<String, String> c = consumer) {
            c.subscribe(s.topics());
            try {
                while (!stopping) {
                    ConsumerRecords<String, String> records = c.poll(s.pollTimeout());
                    if (!records.isEmpty()) {
                        applyOrRewind(c, records, s);
                    }
                    commitIfDue(c, s, records.isEmpty());
                }
            } catch (WakeupException e) {
                // shutdown
            }
            commitBeforeClosing(c);
        } catch (RuntimeException | Error e) {
            if (!stopping) {
                died = e;
                LOG.errorf(e, "%s stopped: events from now on are not read", s.name());
            }
        }
    }

    /** What was applied is committed before the consumer closes, unless the broker cannot answer in a moment. */
    private static void commitBeforeClosing(KafkaConsumer<String, String> c) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                c.commitSync(Duration.ofSeconds(2));
                return;
            } catch (WakeupException e) {
                // stop()'s wake-up, not consumed by a poll: the second attempt commits
            } catch (RuntimeException e) {
                LOG.debugf("offsets not committed on stop (re-delivered after a restart, absorbed): %s", e);
                return;
            }
        }
    }

    /**
     * Commits the positions reached (everything applied; after a failed batch, the positions sought back to its start)
     * when the feed has caught up, or when the last commit is {@code commitInterval} old.
     */
    private void commitIfDue(KafkaConsumer<String, String> c, Settings s, boolean caughtUp) {
        long now = System.nanoTime();
        if (!uncommitted || (!caughtUp && now - lastCommitNanos < s.commitInterval().toNanos())) {
            return;
        }
        uncommitted = false;
        lastCommitNanos = now;
        c.commitAsync((offsets, failure) -> {
            if (failure != null) {
                LOG.debugf("%s: offsets not committed (re-delivered after a restart, absorbed): %s", s.name(), failure);
            } else {
                commits.incrementAndGet();
            }
        });
    }

    private void applyOrRewind(KafkaConsumer<String, String> c, ConsumerRecords<String, String> records, Settings s) {
        List<ConsumerRecord<String, String>> batch = new java.util.ArrayList<>(records.count());
        records.forEach(batch::add);
        try {
            apply(batch);
            applied.addAndGet(batch.size());
            uncommitted = true;
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("%s: batch of %d events not applied, retrying in %s: %s", s.name(), batch.size(), s.retryBackoff(),
                    e.getClass().getSimpleName());
            for (TopicPartition partition : records.partitions()) {
                c.seek(partition, new OffsetAndMetadata(records.records(partition).get(0).offset()));
            }
            try {
                Thread.sleep(s.retryBackoff().toMillis());
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }
}
