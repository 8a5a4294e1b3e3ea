package no.sentret.health.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import java.util.List;
import no.sentret.platform.privacy.retention.RetentionRule;
import no.sentret.platform.privacy.retention.RetentionRules;
import no.sentret.platform.privacy.subject.SubjectReleases;

/**
 * How long health-service keeps what refers to clients (the kit's RetentionJob applies it nightly; periods
 * are overridden by {@code sentret.retention.periods.<record type>}; the README says why each default).
 */
@ApplicationScoped
public class HealthRetention implements RetentionRules {

    @Override
    public List<RetentionRule> rules() {
        return List.of(
                // the free-text note serves the next few visits; the structured record carries the history
                new RetentionRule("consultation-note", Period.parse("P2Y"), List.of(
                        "update consultation set note = null where note is not null and occurred_at < ?1")),
                // health records are kept at least ten years (pasientjournalforskriften section 15)
                new RetentionRule("consultation", Period.parse("P10Y"), List.of(
                        "delete from test_result_change where line_id in (select l.id from service_line l join consultation c on c.id = l.consultation_id where c.occurred_at < ?1)",
                        "delete from service_line where consultation_id in (select id from consultation where occurred_at < ?1)",
                        "delete from consultation where occurred_at < ?1")),
                // a campaign contact matters while the campaign runs
                new RetentionRule("campaign-contact", Period.parse("P2Y"), List.of(
                        "delete from campaign_contact where occurred_at < ?1")),
                // a cleared front-desk flag has done its work
                new RetentionRule("health-team-invitation", Period.parse("P1Y"), List.of(
                        "delete from health_team_invitation where cleared_at is not null and cleared_at < ?1")),
                // the privacy officer's request for a client's records, a year after it was done with
                SubjectReleases.RETENTION);
    }
}
