package no.sentret.health.campaigns;

/** Where a client was approached. */
public enum ContactChannel {
    AT_CENTRE, OUTREACH, MESSAGE, OTHER
}
