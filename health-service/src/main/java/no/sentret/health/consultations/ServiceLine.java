package no.sentret.health.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import no.sentret.platform.records.EnumSetText;
import no.sentret.platform.records.VoidableRecord;

/**
 * One service given in a consultation: its own id is the id of its HealthServiceRecorded event, so
 * the statistics cancel exactly this line when it is voided. Columns of other categories stay null.
 */
@Entity
@Table(name = "service_line")
public class ServiceLine extends VoidableRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    public Consultation consultation;

    public short position;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public Infection infection;

    @Convert(converter = SampleSitesColumn.class)
    @Column(name = "sample_sites")
    public Set<SampleSite> sampleSites;

    @Enumerated(EnumType.STRING)
    public TestResult result;

    @Column(name = "result_set_at")
    public Instant resultSetAt;

    @Column(name = "told_at")
    public Instant toldAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "contraception_method")
    public ContraceptionMethod contraceptionMethod;

    @Convert(converter = TopicsColumn.class)
    public Set<CounsellingTopic> topics;

    @Enumerated(EnumType.STRING)
    @Column(name = "prep_stage")
    public PrepStage prepStage;

    @Column(name = "prep_eligible")
    public Boolean prepEligible;

    @Enumerated(EnumType.STRING)
    @Column(name = "prep_reason")
    public PrepReason prepReason;

    @Column(name = "prescribed_on")
    public LocalDate prescribedOn;

    @Enumerated(EnumType.STRING)
    public PrepRegimen regimen;

    @Enumerated(EnumType.STRING)
    public Vaccine vaccine;

    public Short dose;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_to")
    public ReferralTo referralTo;

    /** Whether the line counts: neither it nor its consultation is voided. */
    public boolean isActive() {
        return !isVoided() && !consultation.isVoided();
    }

    /** Null for the lines of other categories (the kit's converter would store an empty text). */
    abstract static class NullableEnumSet<E extends Enum<E>> extends EnumSetText<E> {
        NullableEnumSet(Class<E> type) {
            super(type);
        }

        @Override
        public String convertToDatabaseColumn(Set<E> values) {
            return values == null ? null : super.convertToDatabaseColumn(values);
        }

        @Override
        public Set<E> convertToEntityAttribute(String column) {
            return column == null ? null : super.convertToEntityAttribute(column);
        }
    }

    @Converter
    public static class SampleSitesColumn extends NullableEnumSet<SampleSite> {
        public SampleSitesColumn() {
            super(SampleSite.class);
        }
    }

    @Converter
    public static class TopicsColumn extends NullableEnumSet<CounsellingTopic> {
        public TopicsColumn() {
            super(CounsellingTopic.class);
        }
    }
}
