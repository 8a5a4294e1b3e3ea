package no.sentret.visit.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import no.sentret.platform.records.EnumSetText;
import no.sentret.platform.records.VoidableRecord;

/** An individual social-work consultation with a client (never anonymous: it follows a person over time). */
@Entity
@Table(name = "social_consultation")
public class SocialConsultation extends VoidableRecord {

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public ConsultationKind kind;

    @Convert(converter = TopicsColumn.class)
    public Set<Topic> topics;

    @Converter
    public static class TopicsColumn extends EnumSetText<Topic> {
        public TopicsColumn() {
            super(Topic.class);
        }
    }
}
