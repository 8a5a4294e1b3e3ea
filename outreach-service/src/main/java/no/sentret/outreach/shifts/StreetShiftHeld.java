package no.sentret.outreach.shifts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.sentret.outreach.common.District;
import no.sentret.outreach.shifts.StreetShiftView.HandOutView;

/** Payload of StreetShiftHeld on outreach-events (openapi/events/StreetShiftHeld.schema.json): counts only. */
record StreetShiftHeld(UUID id, Instant occurredAt, Instant endedAt, District district, int workers, int contacts,
                       List<HandOutView> handOuts) {

    static StreetShiftHeld of(StreetShiftView v) {
        return new StreetShiftHeld(v.id(), v.occurredAt(), v.endedAt(), v.district(), v.workers(), v.contacts(), v.handOuts());
    }
}

/**
 * Payload of StreetShiftVoided (openapi/events/StreetShiftVoided.schema.json): cancels the shift and its
 * counts; its named contacts are cancelled by their own OutreachContactVoided. The reason stays here.
 */
record StreetShiftVoided(UUID id, Instant occurredAt) {
}
