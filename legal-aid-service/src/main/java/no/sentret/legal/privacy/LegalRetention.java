package no.sentret.legal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import java.util.List;
import no.sentret.platform.privacy.retention.RetentionRule;
import no.sentret.platform.privacy.retention.RetentionRules;
import no.sentret.platform.privacy.subject.SubjectReleases;

/**
 * How long legal-aid-service keeps what refers to clients (the kit's RetentionJob applies it nightly; periods
 * are overridden by {@code sentret.retention.periods.<record type>}; the README says why each default).
 */
@ApplicationScoped
public class LegalRetention implements RetentionRules {

    @Override
    public List<RetentionRule> rules() {
        return List.of(
                // a closed case is unlinked and its note deleted five years after closing; the lawyers and the coordinator count it still
                new RetentionRule("legal-case", Period.parse("P5Y"), List.of(
                        "update legal_case set note = null, client_code = null where (note is not null or client_code is not null) and closed_on is not null and closed_on < cast(?1 as date)")),
                // an inquiry is unlinked after five years, unless a case opened from it is still open
                new RetentionRule("legal-inquiry", Period.parse("P5Y"), List.of(
                        "update legal_inquiry set client_code = null where client_code is not null and occurred_at < ?1 and not exists (select 1 from legal_case c where c.inquiry_id = legal_inquiry.id and c.closed_on is null)")),
                // the privacy officer's request for a client's records, a year after it was done with
                SubjectReleases.RETENTION);
    }
}
