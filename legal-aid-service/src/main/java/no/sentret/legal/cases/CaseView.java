package no.sentret.legal.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.sentret.legal.areas.CriminalSubArea;
import no.sentret.legal.areas.LegalArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegalCase")
public record CaseView(
        UUID id,
        UUID inquiryId,
        @Schema(example = "K7M3QX", nullable = true, description = "null = anonymous") String clientCode,
        LegalArea area,
        @Schema(nullable = true) CriminalSubArea subArea,
        CaseStatus status,
        @Schema(nullable = true) ReferredTo referredTo,
        @Schema(example = "2022-03-09") LocalDate openedOn,
        @Schema(nullable = true, example = "2022-03-23") LocalDate closedOn,
        @Schema(nullable = true, description = "Shown to lawyers only; null for the coordinator") String note,
        @Schema(description = "Follow-up meetings, oldest first") List<MeetingView> meetings,
        boolean voided,
        @Schema(nullable = true) String voidReason) {

    static CaseView of(LegalCase c, List<MeetingView> meetings, boolean withNote) {
        return new CaseView(c.id, c.inquiryId, c.clientCode, c.area, c.subArea, c.status, c.referredTo, c.openedOn, c.closedOn,
                withNote ? c.note : null, meetings, c.isVoided(), c.voidReason);
    }
}
