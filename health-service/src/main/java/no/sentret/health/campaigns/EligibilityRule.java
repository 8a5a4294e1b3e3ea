package no.sentret.health.campaigns;

/** Who a campaign is for; each rule also requires that the client is not yet fully vaccinated with the campaign's vaccine. */
public enum EligibilityRule {
    /** seen at the centre (a Stua visit, a social or a health consultation) in the last 12 months */
    SEEN_LAST_12_MONTHS,
    /** a health consultation in the last 12 months */
    HEALTH_CONSULTATION_LAST_12_MONTHS,
    /** on PrEP now (latest PrEP start or follow-up not followed by a stop) */
    ON_PREP
}
