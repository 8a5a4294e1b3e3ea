package no.sentret.legal.shifts;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubstituteLegalShift")
public record SubstituteRequest(@Schema(required = true, description = "The lawyer on the roster who takes the shift") @NotNull UUID lawyerId) {
}
