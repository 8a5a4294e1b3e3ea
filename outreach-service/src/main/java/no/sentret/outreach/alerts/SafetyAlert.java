package no.sentret.outreach.alerts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.sentret.outreach.common.District;

/**
 * A "bad date" warning. No column names the reporter or the approver: while PENDING only a keyed
 * tag ({@link ReporterTags}) is kept, erased when the alert leaves PENDING.
 */
@Entity
@Table(name = "safety_alert")
public class SafetyAlert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public AlertCategory category;

    @Enumerated(EnumType.STRING)
    public District district;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "part_of_day")
    public PartOfDay partOfDay;

    @Column(name = "modus_operandi")
    public String modusOperandi;

    public String description;

    @Column(name = "valid_days")
    public int validDays;

    /** Stored status: PENDING, PUBLISHED, WITHDRAWN or LAPSED (EXPIRED is decided at read). */
    @Enumerated(EnumType.STRING)
    public AlertStatus status;

    @Column(name = "reporter_salt")
    public String reporterSalt;

    @Column(name = "reporter_tag")
    public String reporterTag;

    @Column(name = "reporter_key_id")
    public String reporterKeyId;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdraw_reason")
    public String withdrawReason;

    /** The end of a published alert (expiry or withdrawal) has been put in the outbox. */
    @Column(name = "end_announced")
    public boolean endAnnounced;

    /** The status a reader sees at {@code now}. */
    public AlertStatus statusAt(Instant now) {
        return status == AlertStatus.PUBLISHED && !expiresAt.isAfter(now) ? AlertStatus.EXPIRED : status;
    }

    void eraseReporter() {
        reporterSalt = null;
        reporterTag = null;
        reporterKeyId = null;
    }
}
