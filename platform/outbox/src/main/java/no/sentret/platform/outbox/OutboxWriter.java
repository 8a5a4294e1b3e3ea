package no.sentret.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Appends a change's domain events to the outbox table inside the caller's transaction, so the change and its
 * events commit or roll back together. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class OutboxWriter {

    public static final int SCHEMA_VERSION = 1;

    /** One event of a change, before it is written. */
    public record PendingEvent(String type, String clientCode, Instant occurredAt, Object payload) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final String source;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxWakeUp wakeUp;

    public OutboxWriter(EntityManager em, ObjectMapper mapper,
                        @ConfigProperty(name = "quarkus.application.name") String source,
                        TransactionSynchronizationRegistry transactions, OutboxWakeUp wakeUp) {
        this.em = em;
        this.mapper = mapper;
        this.source = source;
        this.transactions = transactions;
        this.wakeUp = wakeUp;
    }

    /** Must run inside the transaction that makes the change: the event is part of the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String type, String clientCode, Instant occurredAt, Object payload) {
        return appendAll(List.of(new PendingEvent(type, clientCode, occurredAt, payload))).get(0);
    }

    /**
     * A change's events in one statement (a consultation of five services is one insert of five rows, not five
     * round trips), in the order given: the relay publishes them in that order. Must run inside the transaction
     * that makes the change.
     *
     * @return the events' ids, in the order given
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Prepared prepared = prepare(events);
        // plain JDBC on the transaction's connection: a Hibernate native query parsed its SQL and built its
        // parameter bindings on every call (issue 20)
        em.unwrap(Session.class).doWork(connection -> {
            for (int from = 0; from < events.size(); from += OutboxInserts.MAX_ROWS) {
                int to = Math.min(events.size(), from + OutboxInserts.MAX_ROWS);
                try (PreparedStatement insert = connection.prepareStatement(OutboxInserts.forRows(to - from))) {
                    int p = 1;
                    for (int i = from; i < to; i++) {
                        p = prepared.bind(insert, p, i);
                    }
                    insert.executeUpdate();
                }
            }
        });
        // publish right after the commit instead of waiting for the next poll (the poll stays as the safety net)
        transactions.registerInterposedSynchronization(wakeUp);
        return prepared.ids;
    }

    /**
     * A change that is new rows, and its events, in one statement ({@code with r0 as (insert into visit ...)
     * insert into outbox_event ...}; rows of one table in one multi-row insert): a front-desk click's visit and its
     * event, or a consultation with its lines and their events, are one round trip before the commit, and the rows
     * skip Hibernate's insert machinery (issue 20, issue 10). A foreign key between the rows holds: PostgreSQL checks
     * it at the statement's end. The rows are not in the persistence context: a caller that reads them back in the
     * same transaction must use a query. Must run inside the transaction that makes the change.
     *
     * @return the events' ids, in the order given
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendWithRows(List<RowInsert> rows, List<PendingEvent> events) {
        if (rows.isEmpty() || events.size() > OutboxInserts.MAX_ROWS) {
            throw new IllegalArgumentException(rows.size() + " rows with " + events.size() + " events: give 1 row or more and "
                    + OutboxInserts.MAX_ROWS + " events at most");
        }
        Prepared prepared = prepare(events);
        List<RowInsert.TableRows> grouped = RowInsert.byTable(rows);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(OutboxInserts.withRows(grouped, events.size()))) {
                int p = 1;
                for (RowInsert.TableRows table : grouped) {
                    for (Object value : table.values()) {
                        insert.setObject(p++, RowInsert.jdbcValue(value));
                    }
                }
                for (int i = 0; i < events.size(); i++) {
                    p = prepared.bind(insert, p, i);
                }
                insert.executeUpdate();
            }
        });
        if (!events.isEmpty()) {
            transactions.registerInterposedSynchronization(wakeUp);
        }
        return prepared.ids;
    }

    /**
     * The events' ids and JSON, made before the statement; and the change's other rows flushed first, as a query
     * would: a constraint the change breaks fails here, in the request (mapped to its problem), not at the commit.
     */
    private Prepared prepare(List<PendingEvent> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        List<String> payloads = new ArrayList<>(events.size());
        for (PendingEvent e : events) {
            ids.add(UUID.randomUUID());
            payloads.add(json(e));
        }
        em.flush();
        // the request's trace continues through the relay and the consumers (OutboxTracing)
        return new Prepared(events, ids, payloads, source, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC),
                OutboxTracing.currentTraceParent());
    }

    /** A change's events ready to bind, one row of the outbox's insert each. */
    private record Prepared(List<PendingEvent> events, List<UUID> ids, List<String> payloads, String source,
                            OffsetDateTime recordedAt, String traceParent) {

        /** Event {@code i}'s nine parameters, in {@link OutboxInserts}' column order; @return the next parameter's index */
        int bind(PreparedStatement insert, int p, int i) throws SQLException {
            PendingEvent e = events.get(i);
            insert.setObject(p++, ids.get(i));
            insert.setString(p++, e.type());
            insert.setInt(p++, SCHEMA_VERSION);
            insert.setObject(p++, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
            insert.setObject(p++, recordedAt);
            insert.setString(p++, source);
            insert.setString(p++, e.clientCode());
            insert.setString(p++, payloads.get(i));
            insert.setString(p++, traceParent);
            return p;
        }
    }

    private String json(PendingEvent e) {
        try {
            return mapper.writeValueAsString(e.payload());
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("event payload of " + e.type() + " is not serialisable", x);
        }
    }
}
