package no.sentret.outreach.ads;

import java.util.UUID;

/** Payload of AdSiteWeekCounted (its id is the count's: a voided count and the corrected one are two records) on outreach-events (openapi/events/AdSiteWeekCounted.schema.json). */
record AdSiteWeekCounted(UUID id, String site, String week, int count) {
}

/** Payload of AdSiteWeekVoided (openapi/events/AdSiteWeekVoided.schema.json): cancels the count with this id; the reason stays here. */
record AdSiteWeekVoided(UUID id, String site, String week) {
}
