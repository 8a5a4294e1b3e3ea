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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.sentret.platform.outbox.RowInsert;
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

    /** This line as a new row (see Consultation.asNewRow): the columns are the mapping's above and VoidableRecord's. */
    RowInsert asNewRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("consultation_id", consultation.id);
        row.put("position", position);
        row.put("client_code", clientCode);
        row.put("occurred_at", occurredAt);
        row.put("category", category);
        row.put("infection", infection);
        row.put("sample_sites", SAMPLE_SITES.convertToDatabaseColumn(sampleSites));
        row.put("result", result);
        row.put("result_set_at", resultSetAt);
        row.put("told_at", toldAt);
        row.put("contraception_method", contraceptionMethod);
        row.put("topics", TOPICS.convertToDatabaseColumn(topics));
        row.put("prep_stage", prepStage);
        row.put("prep_eligible", prepEligible);
        row.put("prep_reason", prepReason);
        row.put("prescribed_on", prescribedOn);
        row.put("regimen", regimen);
        row.put("vaccine", vaccine);
        row.put("dose", dose);
        row.put("referral_to", referralTo);
        row.put("recorded_at", recordedAt);
        return RowInsert.into("service_line", row);
    }

    private static final SampleSitesColumn SAMPLE_SITES = new SampleSitesColumn();
    private static final TopicsColumn TOPICS = new TopicsColumn();

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
