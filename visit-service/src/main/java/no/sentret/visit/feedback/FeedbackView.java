package no.sentret.visit.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Feedback")
public record FeedbackView(UUID id, Instant at, int score, FeedbackLanguage language,
                           @Schema(nullable = true) Map<String, String> followUpAnswers) {
}
