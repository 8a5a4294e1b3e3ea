package no.sentret.stats.rebuild;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import no.sentret.platform.problem.ProblemException;
import no.sentret.stats.ingest.BatchApplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Replays every topic from the beginning into the next generation of the fact tables, while the
 * live consumer keeps the active generation current. Once the replay has reached the end of every
 * partition it switches {@code active_gen} in one transaction (waiting for a live batch in flight);
 * the live consumer notices on its next batch and continues from the new generation's stored
 * offsets. The old generation's rows are deleted afterwards.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    static final List<String> TABLES = List.of("processed_event", "consumer_offset", "client", "client_alias",
            "service_event", "feedback");

    private final AgroalDataSource dataSource;
    private final BatchApplier applier;
    private final String bootstrapServers;
    private final List<String> topics;
    private final AtomicLong replayed = new AtomicLong();
    private volatile boolean stopped;
    private Thread thread;

    public Rebuild(AgroalDataSource dataSource, BatchApplier applier,
                   @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                   @ConfigProperty(name = "sentret.stats.topics") List<String> topics) {
        this.dataSource = dataSource;
        this.applier = applier;
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
    }

    public synchronized RebuildStatus start() {
        if (thread != null && thread.isAlive()) {
            throw ProblemException.conflict("rebuild", "a rebuild is already running");
        }
        int gen;
        try {
            gen = claimNextGeneration();
        } catch (SQLException e) {
            throw new IllegalStateException("could not start the rebuild: " + e.getMessage(), e);
        }
        replayed.set(0);
        stopped = false;
        thread = new Thread(() -> replay(gen), "stats-rebuild-" + gen);
        thread.setDaemon(true);
        thread.start();
        return status();
    }

    public RebuildStatus status() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select active_gen, rebuilding_gen, rebuilt_at from stats_generation where id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Integer rebuilding = (Integer) rs.getObject(2);
            java.sql.Timestamp at = rs.getTimestamp(3);
            return new RebuildStatus(rs.getInt(1), rebuilding, replayed.get(), at == null ? null : at.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("statistics database unavailable: " + e.getMessage(), e);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /** The next generation, emptied of whatever an interrupted rebuild left in it. */
    private int claimNextGeneration() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int gen;
            try (PreparedStatement ps = c.prepareStatement(
                    "select greatest(active_gen, coalesce(rebuilding_gen, 0)) + 1 from stats_generation where id = 1 for update");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                gen = rs.getInt(1);
            }
            deleteGenerations(c, "gen >= " + gen);
            try (PreparedStatement ps = c.prepareStatement(
                    "update stats_generation set rebuilding_gen = ?, rebuild_started_at = now() where id = 1")) {
                ps.setInt(1, gen);
                ps.executeUpdate();
            }
            c.commit();
            return gen;
        }
    }

    private void replay(int gen) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // no group: the rebuild assigns every partition to itself and keeps its positions in the database
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            LOG.infof("rebuild of generation %d: replaying %d partitions from the beginning", gen, partitions.size());
            while (!stopped) {
                ConsumerRecords<String, String> polled = consumer.poll(Duration.ofMillis(200));
                if (!polled.isEmpty()) {
                    List<ConsumerRecord<String, String>> batch = new ArrayList<>(polled.count());
                    polled.forEach(batch::add);
                    if (!applyRetrying(consumer, batch, gen)) {
                        return;
                    }
                    replayed.addAndGet(batch.size());
                }
                if (caughtUp(consumer, partitions) && switchOver(gen)) {
                    LOG.infof("rebuild of generation %d: caught up after %d events, now active", gen, replayed.get());
                    dropOlderThan(gen);
                    return;
                }
            }
        } catch (RuntimeException | SQLException e) {
            LOG.errorf(e, "rebuild of generation %d failed; the active generation is untouched", gen);
        }
    }

    /** @return false when the rebuild was superseded (another rebuild claimed a newer generation) */
    private boolean applyRetrying(KafkaConsumer<String, String> consumer, List<ConsumerRecord<String, String>> batch, int gen) {
        long backoff = 500;
        while (!stopped) {
            try {
                return applier.apply(batch, gen, BatchApplier.Mode.REBUILD, i -> { }) == BatchApplier.Outcome.APPLIED;
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("rebuild batch failed, retrying: %s", e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
        return false;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        for (TopicPartition tp : partitions) {
            if (consumer.position(tp) < end.get(tp)) {
                return false;
            }
        }
        return true;
    }

    private boolean switchOver(int gen) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     update stats_generation set active_gen = rebuilding_gen, rebuilding_gen = null, rebuilt_at = now()
                     where id = 1 and rebuilding_gen = ?""")) {
            ps.setInt(1, gen);
            return ps.executeUpdate() == 1;
        }
    }

    private void dropOlderThan(int gen) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            deleteGenerations(c, "gen < " + gen);
            c.commit();
        }
    }

    private static void deleteGenerations(Connection c, String condition) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where " + condition)) {
                ps.executeUpdate();
            }
        }
    }
}
