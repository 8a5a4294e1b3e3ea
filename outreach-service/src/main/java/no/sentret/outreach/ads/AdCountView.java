package no.sentret.outreach.ads;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdCount")
public record AdCountView(@Schema(example = "annonsesiden.no") String site, @Schema(example = "2022-W18") String week,
                          @Schema(example = "665") int count) {
}
