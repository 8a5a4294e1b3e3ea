package no.sentret.visit.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import java.util.List;
import no.sentret.platform.privacy.retention.RetentionRule;
import no.sentret.platform.privacy.retention.RetentionRules;

/**
 * How long visit-service keeps what refers to clients (the kit's RetentionJob applies it nightly; periods
 * are overridden by {@code sentret.retention.periods.<record type>}; the README says why each default).
 */
@ApplicationScoped
public class VisitRetention implements RetentionRules {

    @Override
    public List<RetentionRule> rules() {
        return List.of(
                // the social workers look back at most a few years; five covers the annual reports that compare years
                new RetentionRule("social-consultation", Period.parse("P5Y"), List.of(
                        "delete from social_consultation where occurred_at < ?1")),
                // a Stua visit stays as an anonymous visit; who came is needed for follow-up, not after three years
                new RetentionRule("visit-client-link", Period.parse("P3Y"), List.of(
                        "update visit set client_code = null where client_code is not null and occurred_at < ?1")),
                // a code registered five years ago with nothing left under it: the duplicates first, then the clients
                new RetentionRule("client", Period.parse("P5Y"), List.of(
                        "delete from client c where c.registered_at < ?1 and c.merged_into is not null and not exists (select 1 from visit v where v.client_code = c.code) and not exists (select 1 from social_consultation s where s.client_code = c.code)",
                        "delete from client c where c.registered_at < ?1 and c.merged_into is null and not exists (select 1 from visit v where v.client_code = c.code) and not exists (select 1 from social_consultation s where s.client_code = c.code) and not exists (select 1 from client m where m.merged_into = c.code) and not exists (select 1 from health_team_invitation h where h.client_code = c.code)")));
    }
}
