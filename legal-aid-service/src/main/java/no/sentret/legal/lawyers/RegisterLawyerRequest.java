package no.sentret.legal.lawyers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterLawyer")
public record RegisterLawyerRequest(
        @Schema(required = true, description = "The lawyer's token subject (the sub claim) at the identity provider",
                example = "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", maxLength = 255)
        @NotBlank @Size(max = 255) @Pattern(regexp = "^[A-Za-z0-9._:@-]+$", message = "must be a token subject (letters, digits, . _ : @ -)") String subject,
        @Schema(required = true, example = "REGULAR") @NotNull LawyerKind kind) {
}
