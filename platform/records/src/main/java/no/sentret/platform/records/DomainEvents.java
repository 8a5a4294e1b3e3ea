package no.sentret.platform.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import no.sentret.platform.outbox.OutboxWriter;
import no.sentret.platform.outbox.RowInsert;

/**
 * Appends a service's domain events to its outbox. The payload record's simple name is the event
 * type ({@code VisitRecorded}, {@code HealthServiceRecorded}, ...), so a payload and its type cannot
 * disagree; the schema of each type is {@code openapi/events/<Type>.schema.json}.
 */
@ApplicationScoped
public class DomainEvents {

    private final OutboxWriter outbox;

    public DomainEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** One event of a change. */
    public record DomainEvent(Record payload, String clientCode, Instant occurredAt) {
    }

    /** Must be called inside the transaction that makes the change. */
    public void append(Record payload, String clientCode, Instant occurredAt) {
        outbox.append(payload.getClass().getSimpleName(), clientCode, occurredAt, payload);
    }

    /**
     * A change that is new rows, and its events, in one statement (a front-desk click, a consultation with its lines:
     * see {@link OutboxWriter#appendWithRows}). Must be called inside the transaction that makes the change.
     */
    public void appendWithRows(List<RowInsert> rows, List<DomainEvent> events) {
        outbox.appendWithRows(rows, events.stream().map(DomainEvents::pending).toList());
    }

    /** A change's events in one insert, in this order. Must be called inside the transaction that makes the change. */
    public void appendAll(List<DomainEvent> events) {
        outbox.appendAll(events.stream().map(DomainEvents::pending).toList());
    }

    private static OutboxWriter.PendingEvent pending(DomainEvent e) {
        return new OutboxWriter.PendingEvent(e.payload().getClass().getSimpleName(), e.clientCode(), e.occurredAt(), e.payload());
    }
}
