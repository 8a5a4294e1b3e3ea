package no.sentret.stats.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import no.sentret.stats.facts.FactWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Applies one polled batch in one database transaction: the facts, the event ids and the next
 * offsets of each partition commit together, so a crash anywhere leaves either all of the batch or
 * none of it, and the consumer resumes from the stored offsets.
 */
@ApplicationScoped
public class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    /** Which generation a batch may write to: the active one (live consumer) or the one being rebuilt. */
    public enum Mode {
        LIVE("select active_gen from stats_generation where id = 1 for share"),
        REBUILD("select rebuilding_gen from stats_generation where id = 1 for share");

        final String generationQuery;

        Mode(String generationQuery) {
            this.generationQuery = generationQuery;
        }
    }

    public enum Outcome { APPLIED, GENERATION_CHANGED }

    final AgroalDataSource dataSource;
    final EventParser parser;
    final FactWriter writer;
    final DeadLetters deadLetters;

    public BatchApplier(AgroalDataSource dataSource, EventParser parser, FactWriter writer, DeadLetters deadLetters) {
        this.dataSource = dataSource;
        this.parser = parser;
        this.writer = writer;
        this.deadLetters = deadLetters;
    }

    /**
     * @param afterEach called with 1..n once the batch's facts are written, before it commits; tests
     *                  use it to kill a consumer mid-batch
     */
    public Outcome apply(List<ConsumerRecord<String, String>> records, int gen, Mode mode, IntConsumer afterEach) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int letters = applyIn(c, records, gen, mode, afterEach);
                if (letters < 0) {
                    c.rollback();
                    return Outcome.GENERATION_CHANGED;
                }
                c.commit();
                if (mode == Mode.LIVE) {
                    // counted once the batch committed, so a retried batch counts its letters once
                    deadLetters.counted(letters);
                }
                return Outcome.APPLIED;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** @return how many records were invalid, or -1 when the generation changed under the consumer */
    private int applyIn(Connection c, List<ConsumerRecord<String, String>> records, int gen, Mode mode,
                            IntConsumer afterEach) throws SQLException {
        if (currentGeneration(c, mode) != gen) {
            return -1;
        }
        Map<TopicPartition, Long> next = new HashMap<>();
        List<DeadLetters.DeadLetter> letters = new ArrayList<>();
        List<FactWriter.Keyed> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> r : records) {
            try {
                ParsedEvent event = parser.parse(r.value());
                events.add(new FactWriter.Keyed(event.eventId(), event.fact()));
            } catch (InvalidEventException e) {
                letters.add(new DeadLetters.DeadLetter(r, e.getMessage()));
            }
            next.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
        }
        writer.applyAll(c, gen, events);
        for (int i = 1; i <= records.size(); i++) {
            afterEach.accept(i);
        }
        storeOffsets(c, gen, next);
        if (mode == Mode.LIVE) {
            // a replay (rebuild) meets the same invalid events again; they are in the dead-letter topic already
            deadLetters.send(letters);
        }
        if (!letters.isEmpty()) {
            LOG.warnf("%d invalid event(s) %s: %s", letters.size(), mode == Mode.LIVE ? "dead-lettered" : "skipped in rebuild",
                    letters.get(0).reason());
        }
        return letters.size();
    }

    private static int currentGeneration(Connection c, Mode mode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(mode.generationQuery); ResultSet rs = ps.executeQuery()) {
            rs.next();
            int gen = rs.getInt(1);
            return rs.wasNull() ? -1 : gen;
        }
    }

    private static void storeOffsets(Connection c, int gen, Map<TopicPartition, Long> next) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into consumer_offset (gen, topic, partition_no, next_offset) values (?, ?, ?, ?)
                on conflict (gen, topic, partition_no) do update set next_offset = excluded.next_offset""")) {
            for (Map.Entry<TopicPartition, Long> e : next.entrySet()) {
                ps.setInt(1, gen);
                ps.setString(2, e.getKey().topic());
                ps.setInt(3, e.getKey().partition());
                ps.setLong(4, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The stored next offsets of a generation for the given partitions (absent = from the beginning). */
    public Map<TopicPartition, Long> storedOffsets(int gen, Iterable<TopicPartition> partitions) throws SQLException {
        Map<TopicPartition, Long> result = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select next_offset from consumer_offset where gen = ? and topic = ? and partition_no = ?")) {
            for (TopicPartition tp : partitions) {
                ps.setInt(1, gen);
                ps.setString(2, tp.topic());
                ps.setInt(3, tp.partition());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        result.put(tp, rs.getLong(1));
                    }
                }
            }
        }
        return result;
    }

    public int activeGeneration() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select active_gen from stats_generation where id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
