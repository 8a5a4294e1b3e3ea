package no.sentret.stats.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import no.sentret.platform.kafka.KafkaClients;
import no.sentret.stats.ingest.EventParser;
import no.sentret.stats.ingest.GrouplessConsumer;
import no.sentret.stats.ingest.InvalidEventException;
import no.sentret.stats.ingest.ParsedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Feeds this replica's {@link FigureProjection} from every partition of the stats topics, from the beginning
 * (issue 19, step 1: stats README, "The projection"). Every replica holds the whole projection: the live consumer's
 * group shares the partitions between the replicas and writes rows every replica reads, but a projection in memory
 * serves only the replica that holds it, so each reads every partition itself, with no group (assign, not
 * subscribe) and no committed offsets. Folding is exact whatever the interleaving of partitions (per event id, as
 * the rows are), so a projection read from the beginning is always the same.
 *
 * <p>A replay's batches are parsed on {@code sentret.stats.projection.parse-threads} threads while the next is polled,
 * and folded on a thread of their own in the order they were polled (the bench's pipelined projecting consumer, steps
 * 15-16).
 *
 * <p>Events the contract refuses are skipped here: the live consumer sends them to the dead letters. The broker
 * away only delays the feed (the consumer reconnects by itself); any other failure of the consumer starts a new one
 * from the partitions' positions, after a pause.
 */
@ApplicationScoped
public class ProjectionFeed {

    private static final Logger LOG = Logger.getLogger(ProjectionFeed.class);
    /** how often the topics' partitions are listed again */
    private static final long RELIST_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    private final KafkaClients kafka;
    private final EventParser parser;
    private final List<String> topics;
    private final int maxPollRecords;
    private final boolean enabled;
    /** the fold holds the write lock for a batch, a reader the read lock while it derives figures */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final FigureProjection projection = new FigureProjection();
    /** the next offset of each partition that the fold has not seen yet */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final AtomicLong folded = new AtomicLong();
    /** the parse is most of a replay's CPU (bench README, step 15), and the parser holds no state */
    private final ExecutorService parsers;
    /** batches parsed ahead of the fold at most */
    private final int pipeline;
    private volatile boolean stopped;
    private volatile RuntimeException foldFailure;
    private volatile KafkaConsumer<Void, ByteBuffer> consumer;
    private volatile Thread thread;

    public ProjectionFeed(KafkaClients kafka, EventParser parser, MeterRegistry registry,
                          @ConfigProperty(name = "sentret.stats.topics") List<String> topics,
                          @ConfigProperty(name = "sentret.stats.max-poll-records") int maxPollRecords,
                          @ConfigProperty(name = "sentret.stats.projection.enabled", defaultValue = "true") boolean enabled,
                          @ConfigProperty(name = "sentret.stats.projection.parse-threads", defaultValue = "2") int parseThreads) {
        this.kafka = kafka;
        this.parser = parser;
        this.topics = topics;
        this.maxPollRecords = maxPollRecords;
        this.enabled = enabled;
        if (parseThreads < 1) {
            throw new IllegalArgumentException("sentret.stats.projection.parse-threads must be at least 1, not " + parseThreads);
        }
        this.parsers = Executors.newFixedThreadPool(parseThreads, r -> {
            Thread t = new Thread(r, "stats-projection-parse");
            t.setDaemon(true);
            return t;
        });
        this.pipeline = 2 * parseThreads;
        Gauge.builder("sentret.stats.projection.events", folded, AtomicLong::get)
                .description("records this replica's projection of the figures has read since it started (dead letters too)")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            thread = new Thread(this::run, "stats-projection");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopped = true;
        KafkaConsumer<Void, ByteBuffer> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
        parsers.shutdownNow();
    }

    /** Runs {@code read} on the projection as it stands between two batches. */
    public <T> T read(Function<FigureProjection, T> read) {
        lock.readLock().lock();
        try {
            return read.apply(projection);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether the feed reads the topic. */
    public boolean reads(String topic) {
        return topics.contains(topic);
    }

    /** Whether the feed runs (it is enabled and its thread has not died). */
    public boolean isRunning() {
        Thread t = thread;
        return enabled && t != null && t.isAlive() && !stopped;
    }

    /** Waits up to {@code wait} until the fold has seen every partition up to {@code ends}; false when it has not. */
    public boolean awaitReached(Map<TopicPartition, Long> ends, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!hasReached(ends)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Whether the fold has seen every partition up to {@code ends} (e.g. the broker's end offsets at some moment). */
    public boolean hasReached(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
            if (positions.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void run() {
        while (!stopped) {
            try {
                feed();
            } catch (WakeupException | InterruptException e) {
                return; // stopped
            } catch (RuntimeException e) {
                LOG.errorf(e, "the projection's consumer failed; a new one continues from the partitions' positions in 5 s");
                pause();
            }
        }
    }

    private void feed() {
        // the fold has a thread of its own: on the polling thread it was the replay's bottleneck (bench README, step 16)
        BlockingQueue<Pending> inOrder = new ArrayBlockingQueue<>(pipeline);
        Thread folder = new Thread(() -> foldInOrder(inOrder), "stats-projection-fold");
        folder.setDaemon(true);
        folder.start();
        try (KafkaConsumer<Void, ByteBuffer> c = GrouplessConsumer.openValueSlices(kafka, maxPollRecords)) {
            consumer = c;
            if (stopped) {
                return;
            }
            List<TopicPartition> partitions = assign(c, GrouplessConsumer.partitions(c, topics));
            long listedAt = System.nanoTime();
            while (!stopped) {
                if (System.nanoTime() - listedAt > RELIST_NANOS) {
                    partitions = assignNew(c, partitions, GrouplessConsumer.partitions(c, topics));
                    listedAt = System.nanoTime();
                }
                ConsumerRecords<Void, ByteBuffer> polled = c.poll(Duration.ofMillis(500));
                Map<TopicPartition, Long> after = new HashMap<>();
                for (TopicPartition tp : partitions) {
                    after.put(tp, c.position(tp)); // past transaction markers and compacted gaps too
                }
                // parsed on the parse threads, folded in the order polled: each partition's events in their order
                Pending batch = new Pending(polled.isEmpty() ? CompletableFuture.completedFuture(List.of())
                        : CompletableFuture.supplyAsync(() -> parse(polled), parsers), after, polled.count());
                while (!inOrder.offer(batch, 1, TimeUnit.SECONDS)) { // full: the fold is behind, and the poller waits
                    if (stopped) {
                        return;
                    }
                    if (!folder.isAlive()) {
                        throw new IllegalStateException("the projection's fold stopped", foldFailure);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } finally {
            consumer = null;
            folder.interrupt();
        }
    }

    /** The fold thread: each batch once it is parsed, in the order polled; the positions advance only after it. */
    private void foldInOrder(BlockingQueue<Pending> inOrder) {
        try {
            while (true) {
                Pending done = inOrder.take();
                fold(done.parsed().join());
                positions.putAll(done.after());
                folded.addAndGet(done.records());
            }
        } catch (InterruptedException e) {
            // the feed stops or starts again from the positions folded so far
        } catch (RuntimeException e) {
            foldFailure = e;
        }
    }

    /** Assigns the partitions, each from where the fold stands in it, a new one from the beginning. */
    private List<TopicPartition> assign(KafkaConsumer<Void, ByteBuffer> c, List<TopicPartition> partitions) {
        c.assign(partitions);
        for (TopicPartition tp : partitions) {
            seekToFolded(c, tp);
        }
        return partitions;
    }

    /**
     * A topic made after the feed started (the producers' first event), or partitions added: assigned too, from the
     * beginning. The partitions assigned before keep their positions (the consumer keeps them across assign()).
     */
    private List<TopicPartition> assignNew(KafkaConsumer<Void, ByteBuffer> c, List<TopicPartition> assigned, List<TopicPartition> listed) {
        Set<TopicPartition> before = new HashSet<>(assigned);
        if (before.equals(new HashSet<>(listed))) {
            return assigned;
        }
        c.assign(listed);
        for (TopicPartition tp : listed) {
            if (!before.contains(tp)) {
                seekToFolded(c, tp);
            }
        }
        return listed;
    }

    private void seekToFolded(KafkaConsumer<Void, ByteBuffer> c, TopicPartition tp) {
        Long next = positions.get(tp);
        if (next == null) {
            c.seekToBeginning(List.of(tp));
        } else {
            c.seek(tp, next);
        }
    }

    /** A polled batch being parsed, and where each partition stands once it is folded. */
    private record Pending(CompletableFuture<List<ParsedEvent>> parsed, Map<TopicPartition, Long> after, int records) {
    }

    private List<ParsedEvent> parse(ConsumerRecords<Void, ByteBuffer> polled) {
        List<ParsedEvent> events = new ArrayList<>(polled.count());
        for (ConsumerRecord<Void, ByteBuffer> r : polled) {
            try {
                events.add(parser.parse(r.value()));
            } catch (InvalidEventException e) {
                // a dead letter: the live consumer sends it to the dead-letter topic
            }
        }
        return events;
    }

    /** Folds a parsed batch, in the order it was polled (each partition's events in their order). */
    private void fold(List<ParsedEvent> events) {
        lock.writeLock().lock();
        try {
            for (ParsedEvent e : events) {
                projection.apply(e.eventId(), e.fact());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void pause() {
        try {
            TimeUnit.SECONDS.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
