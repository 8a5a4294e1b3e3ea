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
     * A change that is one new row, and its event, in one statement (the hot path of a front-desk click: see
     * {@link OutboxWriter#appendWithRow}). Must be called inside the transaction that makes the change.
     */
    public void appendWithRow(RowInsert row, Record payload, String clientCode, Instant occurredAt) {
        outbox.appendWithRow(row, new OutboxWriter.PendingEvent(payload.getClass().getSimpleName(), clientCode, occurredAt, payload));
    }

    /** A change's events in one insert, in this order. Must be called inside the transaction that makes the change. */
    public void appendAll(List<DomainEvent> events) {
        outbox.appendAll(events.stream().map(e -> new OutboxWriter.PendingEvent(e.payload().getClass().getSimpleName(),
                e.clientCode(), e.occurredAt(), e.payload())).toList());
    }
}
