package no.sentret.outreach.ads;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdCount")
public record AdCountView(@Schema(description = "the count's id (to void it)") UUID id, @Schema(example = "annonsesiden.no") String site, @Schema(example = "2022-W18") String week,
                          @Schema(example = "665") int count,
                          boolean voided, @Schema(nullable = true) String voidReason) {

    static AdCountView of(AdSiteWeek w) {
        return new AdCountView(w.id, w.site, w.isoWeek().toString(), w.adCount, w.isVoided(), w.voidReason);
    }
}
