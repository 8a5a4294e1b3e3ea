package no.sentret.outreach.shifts;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import no.sentret.outreach.common.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What was handed out on a shift, and how many; leaflets name their language. */
@Embeddable
@Schema(name = "HandOut")
public class HandOut {

    @Schema(required = true, example = "CONDOMS")
    @NotNull
    @Enumerated(EnumType.STRING)
    public HandOutKind kind;

    @Schema(description = "ISO 639 code, for information leaflets", example = "ro", nullable = true)
    @Pattern(regexp = Language.PATTERN, message = "must be an ISO 639 code (2-3 lower-case letters)")
    public String language;

    @Schema(required = true, example = "120", minimum = "1", maximum = "100000")
    @NotNull
    @Min(1)
    @Max(100_000)
    public Integer quantity;

    public HandOut() {
    }

    public HandOut(HandOutKind kind, String language, Integer quantity) {
        this.kind = kind;
        this.language = language;
        this.quantity = quantity;
    }
}
