package no.sentret.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Reads and removes outbox rows. The envelope JSON is assembled by PostgreSQL, once, from the row. */
@ApplicationScoped
public class OutboxStore {

    /** Advisory lock key held by the publishing replica for the length of one batch. */
    private static final long RELAY_LOCK = 0x5e27e7L;

    private final EntityManager em;
    private final int batchSize;

    public OutboxStore(EntityManager em, OutboxConfig config) {
        this.em = em;
        this.batchSize = config.batchSize();
    }

    /**
     * Takes the relay lock (one publisher at a time across replicas keeps each client's events in
     * order), deletes the oldest rows and hands them to {@code publish}, in one transaction.
     * If {@code publish} throws, the transaction rolls back and nothing is deleted.
     * <p>
     * The relay's own commit is asynchronous ({@code synchronous_commit=off} for this transaction
     * only): a crash may forget the delete of rows the broker already has, and they are sent again,
     * which is the at-least-once the consumers absorb by event id anyway. The writes that append
     * events keep the server's synchronous commit. This saves a WAL flush per batch (issue 20).
     *
     * @return how many rows were published; 0 also when another replica holds the lock
     */
    @Transactional
    public int publishBatch(Consumer<List<OutboxRow>> publish) {
        // one round trip for both: the lock, and this transaction's commit mode
        Object[] lockedAndMode = (Object[]) em.createNativeQuery(
                "select pg_try_advisory_xact_lock(" + RELAY_LOCK + "), set_config('synchronous_commit', 'off', true)")
                .getSingleResult();
        if (!Boolean.TRUE.equals(lockedAndMode[0])) {
            return 0;
        }
        // one statement takes the oldest rows out and returns them: the delete is undone with the
        // transaction if the broker does not acknowledge them (issue 20: one round trip and one index
        // scan per batch instead of a select and a delete by the ids it returned)
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("""
                delete from outbox_event where id in (select id from outbox_event order by id limit ?1)
                returning id, event_id, client_code, recorded_at, trace_parent, type,
                       json_build_object('eventId', event_id, 'type', type, 'schemaVersion', schema_version,
                         'occurredAt', to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                         'recordedAt', to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                         'source', source, 'clientCode', client_code, 'payload', payload)::text""")
                .setParameter(1, batchSize)
                .getResultList();
        if (result.isEmpty()) {
            return 0;
        }
        List<OutboxRow> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(new OutboxRow(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2], toInstant(r[3]), (String) r[6], (String) r[4], (String) r[5]));
        }
        // RETURNING has no order: a client's events go to the broker in the order they were written
        rows.sort(Comparator.comparingLong(OutboxRow::id));
        publish.accept(rows);
        return rows.size();
    }

    /** How many events wait and how old the oldest is, in seconds (NaN: not known). */
    public record Backlog(double rows, double oldestAgeSeconds) {
        static final Backlog UNKNOWN = new Backlog(Double.NaN, Double.NaN);
    }

    /** One query for both figures of {@link OutboxMetrics}. */
    @Transactional
    public Backlog backlogNow(Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), min(recorded_at) from outbox_event").getSingleResult();
        double age = row[1] == null ? 0 : Math.max(0, Duration.between(toInstant(row[1]), now).toMillis() / 1000.0);
        return new Backlog(((Number) row[0]).doubleValue(), age);
    }

    /** Events committed but not yet on the broker. */
    @Transactional
    public long backlog() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
