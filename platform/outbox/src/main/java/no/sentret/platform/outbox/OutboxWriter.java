package no.sentret.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends a domain event to the outbox table inside the caller's transaction, so the change and its
 * event commit or roll back together. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class OutboxWriter {

    public static final int SCHEMA_VERSION = 1;

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
        UUID eventId = UUID.randomUUID();
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload of " + type + " is not serialisable", e);
        }
        // a native insert flushes pending entity changes first, so the outbox row follows the change it describes
        em.createNativeQuery("""
                insert into outbox_event (event_id, type, schema_version, occurred_at, recorded_at, source, client_code, payload, trace_parent)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), ?9)""")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, SCHEMA_VERSION)
                .setParameter(4, occurredAt)
                .setParameter(5, Instant.now())
                .setParameter(6, source)
                .setParameter(7, clientCode)
                .setParameter(8, json)
                // the request's trace continues through the relay and the consumers (OutboxTracing)
                .setParameter(9, OutboxTracing.currentTraceParent())
                .executeUpdate();
        // publish right after the commit instead of waiting for the next poll (the poll stays as the safety net)
        transactions.registerInterposedSynchronization(wakeUp);
        return eventId;
    }
}
