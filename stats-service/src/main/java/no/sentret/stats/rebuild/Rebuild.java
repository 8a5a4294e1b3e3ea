package no.sentret.stats.rebuild;

import no.sentret.platform.kafka.KafkaClients;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.sentret.platform.problem.ProblemException;
import no.sentret.stats.freeze.FrozenYearCopy;
import no.sentret.stats.ingest.BatchApplier;
import no.sentret.stats.ingest.DatabaseErrors;
import no.sentret.stats.ingest.GrouplessConsumer;
import no.sentret.stats.ingest.WriterThread;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Replays every topic from the beginning into the next generation of the fact tables, while the
 * live consumer keeps the active generation current. Once the replay has reached the end of every
 * partition it switches {@code active_gen} in one transaction (waiting for a live batch in flight);
 * the live consumer notices on its next batch and continues from the new generation's stored
 * offsets. The old generation's rows are deleted afterwards. Frozen years are copied into the new
 * generation when it is claimed and their events are left out of the replay ({@link FrozenYearCopy}).
 * <p>
 * A replay that cannot go on — a batch still failing after {@code sentret.stats.stuck-after}, the
 * broker or database refusing anything else, or the application shutting down — ends as FAILED:
 * {@code rebuilding_gen} is cleared, the reason (one line, no event values) is stored, the active
 * generation stays as it was, and a new rebuild may start.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    static final List<String> TABLES = List.of("processed_event", "consumer_offset", "client", "client_alias",
            "service_event", "feedback", "health_service_line", "legal_inquiry", "outreach_contact", "legal_shift",
            "legal_case", "street_shift", "street_hand_out", "assignment", "ad_site_week", "erased_client", "frozen_year");
    static final String STOPPED = "stopped: the application shut down before the replay caught up";
    private static final long STOP_WAIT_MILLIS = 10_000;

    /** Why a replay ended without switching over; its message is what GET /stats/rebuild shows. */
    private static final class ReplayFailed extends Exception {
        ReplayFailed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A failure this instance saw, reported even if the database could not be told at the time. */
    private record Failure(int gen, String reason, Instant at) {
    }

    private final AgroalDataSource dataSource;
    private final BatchApplier applier;
    private final KafkaClients kafka;
    private final List<String> topics;
    private final Duration stuckAfter;
    private final int maxPollRecords;
    private final AtomicLong replayed = new AtomicLong();
    private volatile boolean stopped;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Failure lastFailure;
    private Thread thread;

    public Rebuild(AgroalDataSource dataSource, BatchApplier applier,
                   KafkaClients kafka,
                   @ConfigProperty(name = "sentret.stats.topics") List<String> topics,
                   @ConfigProperty(name = "sentret.stats.stuck-after") Duration stuckAfter,
                   @ConfigProperty(name = "sentret.stats.max-poll-records") int maxPollRecords,
                   MeterRegistry registry) {
        this.dataSource = dataSource;
        this.applier = applier;
        this.kafka = kafka;
        this.topics = topics;
        this.stuckAfter = stuckAfter;
        this.maxPollRecords = maxPollRecords;
        // progress as an operator follows it: events replayed so far (reset by each start), and whether one runs
        Gauge.builder("sentret.stats.rebuild.replayed.events", replayed, AtomicLong::get)
                .description("events the current or last rebuild has replayed")
                .register(registry);
        Gauge.builder("sentret.stats.rebuild.running", this, r -> r.running() ? 1 : 0)
                .description("1 while a rebuild replays on this instance")
                .register(registry);
    }

    private synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    public synchronized RebuildStatus start() {
        if (thread != null && thread.isAlive()) {
            throw ProblemException.conflict("rebuild", "a rebuild is already running");
        }
        int gen;
        try {
            gen = claimNextGeneration();
        } catch (SQLException e) {
            throw new IllegalStateException("could not start the rebuild: " + DatabaseErrors.describe(e), e);
        }
        replayed.set(0);
        stopped = false;
        lastFailure = null;
        thread = new Thread(() -> run(gen), "stats-rebuild-" + gen);
        thread.setDaemon(true);
        thread.start();
        return status();
    }

    public RebuildStatus status() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select active_gen, rebuilding_gen, rebuilt_at, rebuild_failed_at, rebuild_failure
                     from stats_generation where id = 1""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            int active = rs.getInt(1);
            Integer rebuilding = (Integer) rs.getObject(2);
            Instant rebuiltAt = instant(rs.getTimestamp(3));
            Instant failedAt = instant(rs.getTimestamp(4));
            String failure = rs.getString(5);
            Failure local = lastFailure;
            if (rebuilding != null && local != null && local.gen() == rebuilding) {
                // this instance gave the replay up but could not record it (the database was away then)
                return new RebuildStatus(active, null, replayed.get(), rebuiltAt, RebuildState.FAILED, local.reason(), local.at());
            }
            if (rebuilding != null) {
                return new RebuildStatus(active, rebuilding, replayed.get(), rebuiltAt, RebuildState.RUNNING, null, null);
            }
            RebuildState state = failure != null ? RebuildState.FAILED : RebuildState.IDLE;
            return new RebuildStatus(active, null, replayed.get(), rebuiltAt, state, failure, failedAt);
        } catch (SQLException e) {
            throw new IllegalStateException("statistics database unavailable: " + DatabaseErrors.describe(e), e);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /**
     * Stops a running replay and waits (up to 10 s) for its thread to end; the rebuild is then
     * FAILED with {@value #STOPPED}. Called on shutdown, so that no replay outlives the application
     * nor leaves a rebuild that looks as if it were running.
     */
    public void stop() {
        Thread running;
        synchronized (this) {
            stopped = true;
            running = thread;
        }
        if (running == null || !running.isAlive()) {
            return;
        }
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup(); // a poll in progress returns at once
        }
        running.interrupt(); // a backoff sleep too
        try {
            running.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running.isAlive()) {
            LOG.warnf("the rebuild thread %s did not stop within %d ms", running.getName(), STOP_WAIT_MILLIS);
        }
    }

    /** The next generation, emptied of whatever an interrupted rebuild left in it. */
    private int claimNextGeneration() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int gen;
            int active;
            try (PreparedStatement ps = c.prepareStatement(
                    "select greatest(active_gen, coalesce(rebuilding_gen, 0)) + 1, active_gen from stats_generation where id = 1 for update");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                gen = rs.getInt(1);
                active = rs.getInt(2);
            }
            deleteGenerations(c, "gen >= " + gen);
            // frozen years are copied as they are, never replayed (their events are left out of the replay)
            FrozenYearCopy.copy(c, active, gen);
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    update stats_generation set rebuilding_gen = ?, rebuild_started_at = now(),
                        rebuild_failed_at = null, rebuild_failure = null where id = 1""")) {
                ps.setInt(1, gen);
                ps.executeUpdate();
            }
            c.commit();
            return gen;
        }
    }

    private void run(int gen) {
        String reason;
        try {
            replay(gen);
            return;
        } catch (ReplayFailed e) {
            reason = e.getMessage();
        } catch (WakeupException | InterruptException e) {
            reason = stopped ? STOPPED : "interrupted: " + DatabaseErrors.describe(e);
        } catch (SQLException | RuntimeException e) {
            reason = stopped ? STOPPED : DatabaseErrors.describe(e);
            if (!stopped && DatabaseErrors.sqlState(e) == null) {
                LOG.errorf(e, "rebuild of generation %d: unexpected failure", gen);
            }
        }
        Thread.interrupted(); // an interrupt from stop() must not keep the failure from being recorded
        recordFailure(gen, reason);
    }

    /** Returns when the replay switched over or was superseded by a newer rebuild; throws when it cannot go on. */
    private void replay(int gen) throws ReplayFailed, SQLException {
        // no group: the rebuild assigns every partition to itself and keeps its positions in the database
        try (KafkaConsumer<String, byte[]> c = GrouplessConsumer.open(kafka, maxPollRecords)) {
            consumer = c;
            if (stopped) {
                throw new ReplayFailed(STOPPED); // stop() came before the consumer could be woken
            }
            List<TopicPartition> partitions = GrouplessConsumer.partitions(c, topics);
            c.assign(partitions);
            c.seekToBeginning(partitions);
            LOG.infof("rebuild of generation %d: replaying %d partitions from the beginning", gen, partitions.size());
            replayInTwoStages(c, partitions, gen);
        } finally {
            consumer = null;
        }
    }

    /**
     * As the live consumer ({@link no.sentret.stats.ingest.ConsumerLoop}): while the writer thread writes batch N
     * in its transaction, this thread polls and parses batch N+1, and hands it over once N has committed. Batches
     * still commit one at a time and in order; the switch-over comes once everything polled has committed.
     */
    private void replayInTwoStages(KafkaConsumer<String, byte[]> c, List<TopicPartition> partitions, int gen)
            throws ReplayFailed, SQLException {
        ExecutorService writer = WriterThread.start();
        Future<Boolean> inFlight = null;
        int inFlightSize = 0;
        try {
            while (true) {
                if (stopped) {
                    throw new ReplayFailed(STOPPED);
                }
                ConsumerRecords<String, byte[]> polled = c.poll(Duration.ofMillis(200));
                BatchApplier.Parsed next = null;
                if (!polled.isEmpty()) {
                    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(polled.count());
                    polled.forEach(batch::add);
                    next = applier.parse(batch); // while the batch before is being written
                }
                if (inFlight != null) {
                    if (!written(inFlight)) {
                        LOG.infof("rebuild of generation %d: superseded by a newer rebuild", gen);
                        return;
                    }
                    replayed.addAndGet(inFlightSize);
                    inFlight = null;
                }
                if (next != null) {
                    BatchApplier.Parsed batch = next;
                    inFlight = writer.submit(() -> applyRetrying(batch, gen));
                    inFlightSize = batch.records().size();
                }
                if (inFlight == null && caughtUp(c, partitions)) { // everything polled is committed
                    if (!switchOver(gen)) {
                        LOG.infof("rebuild of generation %d: superseded by a newer rebuild", gen);
                        return;
                    }
                    LOG.infof("rebuild of generation %d: caught up after %d events, now active", gen, replayed.get());
                    dropOlderThan(gen);
                    return;
                }
            }
        } finally {
            stopWriter(writer);
        }
    }

    /** Waits for the batch in flight: true when it committed, false when a newer rebuild took over. */
    private boolean written(Future<Boolean> inFlight) throws ReplayFailed {
        try {
            return inFlight.get();
        } catch (InterruptedException e) {
            throw new ReplayFailed(stopped ? STOPPED : "interrupted while a batch was written");
        } catch (ExecutionException e) {
            Throwable cause = WriterThread.checkedCause(e);
            if (cause instanceof ReplayFailed failed) {
                throw failed;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Ends the writer thread (a retry backoff is interrupted) and waits for it, so no batch of this replay is
     * still being written when its failure is recorded and its generation deleted.
     */
    private static void stopWriter(ExecutorService writer) {
        writer.shutdownNow();
        boolean interrupted = Thread.interrupted(); // the wait below must not end at once because stop() interrupted us
        try {
            if (!writer.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warnf("the rebuild's writer thread did not stop within %d ms", STOP_WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Retries a failing batch with backoff, as the live consumer does, but only for
     * {@code sentret.stats.stuck-after}: a replay nobody watches must not hang on forever.
     * (Events the database refuses are skipped by the applier and never fail the batch.)
     *
     * @return false when the rebuild was superseded (another rebuild claimed a newer generation)
     */
    private boolean applyRetrying(BatchApplier.Parsed batch, int gen) throws ReplayFailed {
        Instant firstFailure = null;
        long backoff = 500;
        while (true) {
            try {
                return applier.apply(batch, gen, BatchApplier.Mode.REBUILD, i -> { }) == BatchApplier.Outcome.APPLIED;
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    throw new ReplayFailed(STOPPED);
                }
                String why = DatabaseErrors.describe(e);
                Instant now = Instant.now();
                firstFailure = firstFailure == null ? now : firstFailure;
                if (Duration.between(firstFailure, now).compareTo(stuckAfter) >= 0) {
                    throw new ReplayFailed("a batch kept failing for " + stuckAfter + ": " + why);
                }
                LOG.warnf("rebuild of generation %d: batch failed, retrying: %s", gen, why);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    throw new ReplayFailed(stopped ? STOPPED : "interrupted while retrying: " + why);
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    /**
     * Clears {@code rebuilding_gen} and stores why, so the status says FAILED and the next rebuild may
     * start; then deletes what the replay had written (the next claim would, too).
     */
    private void recordFailure(int gen, String reason) {
        lastFailure = new Failure(gen, reason, Instant.now());
        LOG.errorf("rebuild of generation %d failed; the active generation is untouched: %s", gen, reason);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int updated;
            try (PreparedStatement ps = c.prepareStatement("""
                    update stats_generation set rebuilding_gen = null, rebuild_failed_at = now(), rebuild_failure = ?
                    where id = 1 and rebuilding_gen = ?""")) {
                ps.setString(1, reason);
                ps.setInt(2, gen);
                updated = ps.executeUpdate();
            }
            c.commit(); // first, and on its own: the deletion below may take long, and shutdown does not wait for ever
            if (updated == 1) {
                deleteGenerations(c, "gen = " + gen);
                c.commit();
            }
        } catch (SQLException e) {
            LOG.warnf("could not record the failed rebuild of generation %d (%s); this instance reports it until restarted",
                    gen, DatabaseErrors.describe(e));
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions) {
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

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static void deleteGenerations(Connection c, String condition) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where " + condition)) {
                ps.executeUpdate();
            }
        }
    }
}
