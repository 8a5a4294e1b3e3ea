package no.sentret.platform.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import no.sentret.platform.outbox.OutboxWriter;

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

    /** Must be called inside the transaction that makes the change. */
    public void append(Record payload, String clientCode, Instant occurredAt) {
        outbox.append(payload.getClass().getSimpleName(), clientCode, occurredAt, payload);
    }
}
