package no.sentret.platform.privacy.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import org.jboss.logging.Logger;

/**
 * Removes or de-identifies what is past its retention period, every night (03:30 Oslo time, when the
 * centre is closed; {@code sentret.retention.cron}), one record type per transaction, and publishes
 * {@code RecordsDeIdentified} with the change (outbox: the change and its event commit together).
 * The statistics do not depend on it: their figures are facts of their own, taken from the events when
 * the services were recorded (stats-service/README.md, "Retention").
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger("sentret.privacy");

    private final Instance<RetentionRules> services;
    private final RetentionConfig config;
    private final EntityManager em;
    private final DomainEvents events;

    RetentionJob(Instance<RetentionRules> services, RetentionConfig config, EntityManager em, DomainEvents events) {
        this.services = services;
        this.config = config;
        this.em = em;
        this.events = events;
    }

    @Scheduled(identity = "retention", cron = "${sentret.retention.cron:0 30 3 * * ?}", timeZone = "Europe/Oslo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        if (config.enabled()) {
            runOn(CentreTime.today());
        }
    }

    /** Applies every rule as of {@code today}; returns what each changed (for the tests and the log). */
    public List<RecordsDeIdentified> runOn(LocalDate today) {
        List<RecordsDeIdentified> done = new ArrayList<>();
        for (RetentionRules service : services) {
            for (RetentionRule rule : service.rules()) {
                RecordsDeIdentified result = apply(rule, today.minus(period(rule)));
                if (result.rows() > 0) {
                    LOG.infof("retention: %d rows of %s before %s removed or de-identified", result.rows(), rule.recordType(), result.before());
                    done.add(result);
                }
            }
        }
        return done;
    }

    Period period(RetentionRule rule) {
        String configured = config.periods().get(rule.recordType());
        return configured == null ? rule.defaultPeriod() : Period.parse(configured);
    }

    @Transactional
    RecordsDeIdentified apply(RetentionRule rule, LocalDate before) {
        int rows = 0;
        for (String sql : rule.statements()) {
            rows += em.createNativeQuery(sql).setParameter(1, CentreTime.startOf(before)).executeUpdate();
        }
        RecordsDeIdentified result = new RecordsDeIdentified(rule.recordType(), before, rows);
        if (rows > 0) {
            events.append(result, null, CentreTime.now());
        }
        return result;
    }
}
