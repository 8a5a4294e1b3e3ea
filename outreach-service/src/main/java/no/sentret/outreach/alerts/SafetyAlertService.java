package no.sentret.outreach.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.sentret.outreach.alerts.AlertPayloads.Ending;
import no.sentret.outreach.alerts.AlertPayloads.SafetyAlertEnded;
import no.sentret.outreach.alerts.AlertPayloads.SafetyAlertPublished;
import no.sentret.outreach.common.ScreenLanguage;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;

/** Record, approve (by a second worker), withdraw, and read safety alerts; expiry is decided at read. */
@ApplicationScoped
public class SafetyAlertService {

    private final ReporterTags tags;
    private final SafetyAlertConfig config;
    private final AlertClock clock;
    private final DomainEvents events;

    public SafetyAlertService(ReporterTags tags, SafetyAlertConfig config, AlertClock clock, DomainEvents events) {
        this.tags = tags;
        this.config = config;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public AlertView record(RecordAlertRequest request, String reporter, ScreenLanguage lang) {
        if (request.occurredOn().isAfter(CentreTime.today())) {
            throw ProblemException.invalid("occurredOn", "must not be in the future");
        }
        if (request.occurredOn().isBefore(CentreTime.today().minusYears(1))) {
            throw ProblemException.invalid("occurredOn", "must be within the last year (an older incident is not an alert)");
        }
        int days = request.validDays() == null ? config.defaultValidDays() : request.validDays();
        if (days > config.maxValidDays()) {
            throw ProblemException.invalid("validDays", "must be between 1 and " + config.maxValidDays());
        }
        SafetyAlert a = new SafetyAlert();
        a.id = UUID.randomUUID();
        a.category = request.category();
        a.district = request.district();
        a.occurredOn = request.occurredOn();
        a.partOfDay = request.partOfDay();
        a.modusOperandi = request.modusOperandi().strip();
        a.description = request.description() == null || request.description().isBlank() ? null : request.description().strip();
        a.validDays = days;
        a.status = AlertStatus.PENDING;
        a.reporterSalt = ReporterTags.newSalt();
        a.reporterTag = tags.tag(a.reporterSalt, reporter);
        a.reporterKeyId = tags.keyId();
        // the day only: a recording moment to the second, set beside the rota, could point at the reporter
        a.recordedAt = clock.now().truncatedTo(ChronoUnit.DAYS);
        a.persist();
        return AlertView.of(a, clock.now(), lang, true);
    }

    /** A second worker publishes it: the reporter's tag is compared, then erased. */
    @Transactional
    public AlertView approve(UUID id, String approver, ScreenLanguage lang) {
        SafetyAlert a = locked(id);
        if (a.status != AlertStatus.PENDING) {
            throw ProblemException.conflict("id", "only a pending alert can be approved; this one is " + a.status);
        }
        if (!tags.keyId().equals(a.reporterKeyId)) {
            // fail closed: under another key we cannot tell whether the approver is the reporter
            throw ProblemException.conflict("id", "the alert was recorded under another reporter key (a restart without a configured key): "
                    + "withdraw it and record it again");
        }
        if (tags.matches(a.reporterTag, a.reporterSalt, approver)) {
            throw ProblemException.conflict("id", "the worker who recorded an alert cannot approve it: a second worker must");
        }
        Instant now = clock.now();
        a.status = AlertStatus.PUBLISHED;
        a.eraseReporter();
        a.publishedAt = now;
        a.expiresAt = now.plus(Duration.ofDays(a.validDays));
        events.append(SafetyAlertPublished.of(a), null, now);
        return AlertView.of(a, now, lang, false);
    }

    /** Withdraws a pending alert (not approved) or a published one still active; the reason stays here. */
    @Transactional
    public AlertView withdraw(UUID id, String reason, ScreenLanguage lang) {
        SafetyAlert a = locked(id);
        Instant now = clock.now();
        AlertStatus seen = a.statusAt(now);
        if (seen != AlertStatus.PENDING && seen != AlertStatus.PUBLISHED) {
            throw ProblemException.conflict("id", "only a pending or active alert can be withdrawn; this one is " + seen);
        }
        if (seen == AlertStatus.PUBLISHED) {
            events.append(SafetyAlertEnded.of(a, Ending.WITHDRAWN, now), null, now);
            a.endAnnounced = true;
        }
        a.status = AlertStatus.WITHDRAWN;
        a.eraseReporter();
        a.withdrawnAt = now;
        a.withdrawReason = reason.strip();
        return AlertView.of(a, now, lang, false);
    }

    @Transactional
    public AlertView get(UUID id, String caller, ScreenLanguage lang) {
        SafetyAlert a = SafetyAlert.findById(id);
        if (a == null) {
            throw ProblemException.notFound("id", "no safety alert has this id");
        }
        return AlertView.of(a, clock.now(), lang, reportedBy(a, caller));
    }

    /** Published and not expired at this moment, the most recent incident first. */
    @Transactional
    public List<AlertView> active(ScreenLanguage lang) {
        Instant now = clock.now();
        return SafetyAlert.<SafetyAlert>list("status = ?1 and expiresAt > ?2 order by occurredOn desc, publishedAt desc, id",
                AlertStatus.PUBLISHED, now).stream().map(a -> AlertView.of(a, now, lang, false)).toList();
    }

    /** Waiting for a second worker, oldest first; each says whether the caller recorded it. */
    @Transactional
    public List<AlertView> pending(String caller, ScreenLanguage lang) {
        Instant now = clock.now();
        return SafetyAlert.<SafetyAlert>list("status = ?1 order by recordedAt, id", AlertStatus.PENDING).stream()
                .map(a -> AlertView.of(a, now, lang, reportedBy(a, caller))).toList();
    }

    /**
     * Announces the end of published alerts whose expiry has passed (once each, whichever replica gets
     * there first) and lets pending alerts nobody approved lapse, erasing their tags.
     * @return how many rows changed
     */
    @Transactional
    public int sweep() {
        Instant now = clock.now();
        @SuppressWarnings("unchecked")
        List<UUID> expired = SafetyAlert.getEntityManager().createNativeQuery(
                        "select id from safety_alert where status = 'PUBLISHED' and not end_announced and expires_at <= ?1 "
                                + "order by expires_at limit 500 for update skip locked", UUID.class)
                .setParameter(1, now).getResultList();
        for (UUID id : expired) {
            SafetyAlert a = SafetyAlert.findById(id);
            a.endAnnounced = true;
            events.append(SafetyAlertEnded.of(a, Ending.EXPIRED, a.expiresAt), null, a.expiresAt);
        }
        int lapsed = SafetyAlert.update("status = ?1, reporterSalt = null, reporterTag = null, reporterKeyId = null "
                + "where status = ?2 and recordedAt <= ?3", AlertStatus.LAPSED, AlertStatus.PENDING, now.minus(Duration.ofDays(config.pendingDays())));
        return expired.size() + lapsed;
    }

    private boolean reportedBy(SafetyAlert a, String caller) {
        return a.status == AlertStatus.PENDING && caller != null && tags.keyId().equals(a.reporterKeyId)
                && tags.matches(a.reporterTag, a.reporterSalt, caller);
    }

    private static SafetyAlert locked(UUID id) {
        SafetyAlert a = SafetyAlert.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw ProblemException.notFound("id", "no safety alert has this id");
        }
        return a;
    }
}
