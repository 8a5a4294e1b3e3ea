package no.sentret.legal.inquiries;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import no.sentret.legal.areas.CriminalSubArea;
import no.sentret.legal.areas.LegalArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegalInquiry")
public record InquiryView(
        UUID id,
        UUID shiftId,
        @Schema(example = "K7M3QX", nullable = true, description = "null = anonymous") String clientCode,
        @Schema(example = "2022-03-09T13:30:00Z") Instant occurredAt,
        @Schema(example = "[\"CRIMINAL\"]") Set<LegalArea> areas,
        @Schema(example = "[\"SEXUAL_VIOLENCE\"]") Set<CriminalSubArea> criminalSubAreas,
        WouldNotOtherwise wouldNotOtherwiseHaveSoughtLawyer,
        @Schema(description = "The roster entry of the lawyer who recorded it") UUID recordedBy,
        boolean voided,
        @Schema(nullable = true) String voidReason) {

    public static InquiryView of(Inquiry i) {
        return new InquiryView(i.id, i.shiftId, i.clientCode, i.occurredAt, i.areas, i.criminalSubAreas, i.wouldNotOtherwise,
                i.recordedBy, i.isVoided(), i.voidReason);
    }
}
