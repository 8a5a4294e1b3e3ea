package no.sentret.outreach.ads;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdSite")
public record AdSiteRequest(
        @Schema(required = true, description = "The site's name as the team writes it (a domain is fine, a link to a profile is not)",
                example = "annonsesiden.no", maxLength = 60)
        @NotBlank @Size(max = 60) @Pattern(regexp = AdSites.PATTERN, message = AdSites.RULE) @NoPersonalData String name) {
}
