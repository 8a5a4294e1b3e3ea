package no.sentret.outreach.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import java.util.List;
import no.sentret.platform.privacy.retention.RetentionRule;
import no.sentret.platform.privacy.retention.RetentionRules;

/**
 * How long outreach-service keeps what refers to clients (the kit's RetentionJob applies it nightly; periods
 * are overridden by {@code sentret.retention.periods.<record type>}; the README says why each default).
 */
@ApplicationScoped
public class OutreachRetention implements RetentionRules {

    @Override
    public List<RetentionRule> rules() {
        return List.of(
                // messages are the most personal outreach record and serve the conversation; two years
                new RetentionRule("outreach-message", Period.parse("P2Y"), List.of(
                        "delete from outreach_message where occurred_at < ?1",
                        "delete from conversation c where c.created_at < ?1 and not exists (select 1 from outreach_message m where m.conversation = c.pseudonym)")),
                // who was met on a street shift; the shift keeps its count of people spoken to
                new RetentionRule("street-shift-contact", Period.parse("P2Y"), List.of(
                        "delete from street_shift_contact where shift_id in (select id from street_shift where occurred_at < ?1)")));
    }
}
