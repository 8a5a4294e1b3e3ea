package no.sentret.visit.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import no.sentret.platform.outbox.OutboxWriter;

/**
 * Appends this service's events to the outbox. The payload record's simple name is the event type
 * ({@code VisitRecorded}, ...), so a payload and its type cannot disagree.
 */
@ApplicationScoped
public class VisitEvents {

    private final OutboxWriter outbox;

    public VisitEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** Must be called inside the transaction that makes the change. */
    public void append(Record payload, String clientCode, Instant occurredAt) {
        outbox.append(payload.getClass().getSimpleName(), clientCode, occurredAt, payload);
    }
}
