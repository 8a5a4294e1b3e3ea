package no.sentret.visit.feedback;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GiveFeedback")
public record FeedbackRequest(
        @Schema(description = "When the feedback was given. Defaults to now; must not be in the future " + "(`at`, its name until 2026-11, is still accepted until 2027-06-01)",
                example = "2022-05-01T15:42:00+02:00", nullable = true)
        @JsonAlias("at") OffsetDateTime occurredAt,
        @Schema(required = true, description = "1-4, 4 best", minimum = "1", maximum = "4", example = "4")
        @NotNull @Min(1) @Max(4) Integer score,
        @Schema(required = true, example = "es") @NotNull FeedbackLanguage language,
        @Schema(description = "Question id to answer; the questions for a score are listed by GET /feedback/questions",
                example = "{\"bestPart\": \"FOOD\", \"wouldRecommend\": \"YES\", \"howOften\": \"OFTEN\"}", nullable = true)
        @Size(max = 10) Map<@NoPersonalData @Size(max = 32) String, @NoPersonalData @Size(max = 32) String> followUpAnswers) {
}
