package no.sentret.outreach.shifts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.sentret.outreach.common.District;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StreetShift")
public record StreetShiftView(UUID id, Instant occurredAt, Instant endedAt, District district, int workers, int contacts,
                              List<HandOutView> handOuts,
                              @Schema(description = "the client codes of contacts who gave one (survivors of merges)", example = "[\"K7M3QX\"]")
                              List<String> clientCodes,
                              boolean voided,
                              @Schema(nullable = true) String voidReason) {

    @Schema(name = "HandOutCount")
    public record HandOutView(HandOutKind kind, @Schema(nullable = true) String language, int quantity) {
    }

    static StreetShiftView of(StreetShift s, List<String> clientCodes) {
        return new StreetShiftView(s.id, s.occurredAt, s.endedAt, s.district, s.workers, s.contacts,
                s.handOuts.stream().map(h -> new HandOutView(h.kind, h.language, h.quantity)).toList(), clientCodes,
                s.isVoided(), s.voidReason);
    }
}
