package no.sentret.visit.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One answer on the "Happy or Not" terminal; anonymous by design. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public int score;

    @Enumerated(EnumType.STRING)
    public FeedbackLanguage language;

    /** JSON object of question id to answer, or null. */
    @Column(name = "follow_up_answers")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String followUpAnswers;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
