package no.sentret.visit.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;

@ApplicationScoped
public class FeedbackService {

    /** Payload of FeedbackGiven (openapi/events/FeedbackGiven.schema.json). */
    record FeedbackGiven(UUID id, Instant occurredAt, int score, FeedbackLanguage language, Map<String, String> followUpAnswers) {
    }

    private final DomainEvents events;
    private final ObjectMapper mapper;

    public FeedbackService(DomainEvents events, ObjectMapper mapper) {
        this.events = events;
        this.mapper = mapper;
    }

    @Transactional
    public FeedbackView give(FeedbackRequest request) {
        Map<String, String> answers = FollowUpQuestions.check(request.score(), request.followUpAnswers());
        Feedback f = new Feedback();
        f.id = UUID.randomUUID();
        f.occurredAt = CentreTime.pastOrNow(request.occurredAt() == null ? null : request.occurredAt().toInstant(), "occurredAt");
        f.score = request.score();
        f.language = request.language();
        f.followUpAnswers = answers == null ? null : json(answers);
        f.recordedAt = CentreTime.now();
        f.persist();
        events.append(new FeedbackGiven(f.id, f.occurredAt, f.score, f.language, answers), null, f.occurredAt);
        return new FeedbackView(f.id, f.occurredAt, f.occurredAt, f.score, f.language, answers);
    }

    private String json(Map<String, String> answers) {
        try {
            return mapper.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
