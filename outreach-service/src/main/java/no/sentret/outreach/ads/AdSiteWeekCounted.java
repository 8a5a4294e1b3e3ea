package no.sentret.outreach.ads;

/** Payload of AdSiteWeekCounted on outreach-events (openapi/events/AdSiteWeekCounted.schema.json). */
record AdSiteWeekCounted(String site, String week, int count) {
}
