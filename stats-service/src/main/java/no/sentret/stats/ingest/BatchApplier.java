package no.sentret.stats.ingest;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import no.sentret.stats.facts.FactWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Applies one polled batch in one database transaction: the facts, the event ids and the next
 * offsets of each partition commit together, so a crash anywhere leaves either all of the batch or
 * none of it, and the consumer resumes from the stored offsets. When the database refuses the
 * batch's values (a data error, {@link DatabaseErrors#isDataError}), the same batch is applied
 * again event by event, each in its own savepoint, so the refused events go to the dead letters and
 * the rest of the batch commits: one bad event never holds up the statistics.
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

    /**
     * A polled batch read against the contract: what to write, what is invalid, where each partition
     * goes next. Reading needs no database, so the live consumer reads the next batch while the one
     * before is being written ({@link ConsumerLoop}).
     */
    public record Parsed(List<ConsumerRecord<String, byte[]>> records, List<Valid> valid, List<DeadLetters.DeadLetter> invalid,
                         Map<TopicPartition, Long> next) {
        int size() {
            return records.size();
        }
    }

    record Valid(ConsumerRecord<String, byte[]> record, FactWriter.Keyed event) {
    }

    final AgroalDataSource dataSource;
    final EventParser parser;
    final FactWriter writer;
    final DeadLetters deadLetters;
    private final MeterRegistry registry;
    private final EventTracing tracing;
    private final FrozenYearEvents frozenYearEvents;

    public BatchApplier(AgroalDataSource dataSource, EventParser parser, FactWriter writer, DeadLetters deadLetters,
                        MeterRegistry registry, EventTracing tracing, FrozenYearEvents frozenYearEvents) {
        this.registry = registry;
        this.frozenYearEvents = frozenYearEvents;
        this.tracing = tracing;
        this.dataSource = dataSource;
        this.parser = parser;
        this.writer = writer;
        this.deadLetters = deadLetters;
    }

    /**
     * @param afterEach called with 1..n once the batch's facts are written, before it commits; tests
     *                  use it to kill a consumer mid-batch
     * @throws SQLException when the batch could not be applied (nothing of it committed): retry it
     */
    public Outcome apply(List<ConsumerRecord<String, byte[]>> records, int gen, Mode mode, IntConsumer afterEach) throws SQLException {
        return apply(parse(records), gen, mode, afterEach);
    }

    /** As {@link #apply(List, int, Mode, IntConsumer)}, for a batch read beforehand with {@link #parse}. */
    public Outcome apply(Parsed batch, int gen, Mode mode, IntConsumer afterEach) throws SQLException {
        EventTracing.Spans spans = mode == Mode.LIVE ? tracing.start(batch.records()) : EventTracing.Spans.NONE;
        Throwable failure = null;
        try {
            return applyOrSetAside(batch, gen, mode, afterEach);
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            spans.end(failure);
        }
    }

    private Outcome applyOrSetAside(Parsed batch, int gen, Mode mode, IntConsumer afterEach) throws SQLException {
        try {
            return applyInOneTransaction(batch, gen, mode, afterEach, false);
        } catch (SQLException e) {
            if (!DatabaseErrors.isDataError(e)) {
                throw e; // may pass (connection, serialization, a table away): the caller retries
            }
            LOG.warnf("the database refused a batch of %d events (%s); applying it event by event to set the refused ones aside",
                    batch.size(), DatabaseErrors.describe(e));
            return applyInOneTransaction(batch, gen, mode, afterEach, true);
        }
    }

    public Parsed parse(List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        List<DeadLetters.DeadLetter> invalid = new ArrayList<>();
        List<Valid> valid = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> r : records) {
            try {
                ParsedEvent event = parser.parse(r.value());
                valid.add(new Valid(r, new FactWriter.Keyed(event.eventId(), event.fact())));
            } catch (InvalidEventException e) {
                invalid.add(new DeadLetters.DeadLetter(r, e.getMessage()));
            }
            next.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
        }
        return new Parsed(records, valid, invalid, next);
    }

    private Outcome applyInOneTransaction(Parsed batch, int gen, Mode mode, IntConsumer afterEach, boolean eventByEvent)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (currentGeneration(c, mode) != gen) {
                    c.rollback();
                    return Outcome.GENERATION_CHANGED;
                }
                List<DeadLetters.DeadLetter> letters = new ArrayList<>(batch.invalid());
                Map<java.util.UUID, Integer> frozen = new HashMap<>();
                if (eventByEvent) {
                    letters.addAll(writeEventByEvent(c, gen, batch.valid(), frozen));
                } else {
                    frozen.putAll(writer.applyAll(c, gen, batch.valid().stream().map(Valid::event).toList()).frozenYear());
                }
                for (int i = 1; i <= batch.size(); i++) {
                    afterEach.accept(i);
                }
                storeOffsets(c, gen, batch.next());
                if (mode == Mode.LIVE) {
                    // a replay (rebuild) meets the same events again; they are in the dead-letter topic already
                    deadLetters.send(letters);
                }
                if (!letters.isEmpty()) {
                    LOG.warnf("%d event(s) %s, the first because %s", letters.size(),
                            mode == Mode.LIVE ? "dead-lettered" : "skipped in rebuild", letters.get(0).reason());
                }
                c.commit();
                countApplied(batch, letters, mode);
                frozenYearEvents.leftOut(batch.valid().stream()
                        .filter(v -> frozen.containsKey(v.event().eventId()))
                        .map(v -> new FrozenYearEvents.LeftOut(v.record(), frozen.get(v.event().eventId())))
                        .toList(), mode);
                if (mode == Mode.LIVE) {
                    // counted once the batch committed, so a retried batch counts its letters once
                    deadLetters.counted(letters.size());
                }
                return Outcome.APPLIED;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            }
        }
    }

    /**
     * {@code sentret.stats.events.applied{topic,mode}}: events whose facts committed (a dead letter is not one),
     * counted after the commit, so a batch retried after a failure counts once.
     */
    private void countApplied(Parsed batch, List<DeadLetters.DeadLetter> letters, Mode mode) {
        Set<ConsumerRecord<String, byte[]>> refused = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        letters.forEach(l -> refused.add(l.record()));
        Map<String, Integer> perTopic = new HashMap<>();
        for (Valid v : batch.valid()) {
            if (!refused.contains(v.record())) {
                perTopic.merge(v.record().topic(), 1, Integer::sum);
            }
        }
        String modeTag = mode.name().toLowerCase(java.util.Locale.ROOT);
        perTopic.forEach((topic, n) -> Counter.builder("sentret.stats.events.applied")
                .description("events whose facts were committed (live: the active figures; rebuild: the generation being rebuilt)")
                .tag("topic", topic)
                .tag("mode", modeTag)
                .register(registry)
                .increment(n));
    }

    /** Each event in its own savepoint: a refused one is rolled back alone and becomes a dead letter. */
    private List<DeadLetters.DeadLetter> writeEventByEvent(Connection c, int gen, List<Valid> events, Map<java.util.UUID, Integer> frozen)
            throws SQLException {
        List<DeadLetters.DeadLetter> refused = new ArrayList<>();
        for (Valid v : events) {
            Savepoint before = c.setSavepoint();
            try {
                frozen.putAll(writer.applyAll(c, gen, List.of(v.event())).frozenYear());
                c.releaseSavepoint(before);
            } catch (SQLException e) {
                if (!DatabaseErrors.isDataError(e)) {
                    throw e;
                }
                c.rollback(before);
                refused.add(new DeadLetters.DeadLetter(v.record(), "database refused the event: " + DatabaseErrors.describe(e)));
            }
        }
        return refused;
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e); // the connection is likely gone; the failure itself says more
        }
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
