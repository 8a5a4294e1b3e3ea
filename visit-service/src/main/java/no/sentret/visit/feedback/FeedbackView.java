package no.sentret.visit.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Feedback")
public record FeedbackView(UUID id,
                           @Schema(description = "When the feedback was given") Instant occurredAt,
                           @Schema(deprecated = true, description = "The same moment under its old name; removed after 2027-06-01") Instant at,
                           int score, FeedbackLanguage language,
                           @Schema(nullable = true) Map<String, String> followUpAnswers) {
}
