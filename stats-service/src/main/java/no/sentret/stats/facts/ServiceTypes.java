package no.sentret.stats.facts;

import java.util.Map;

/**
 * Event type to area, from the contract's service-event table (openapi/events/README.md). A new
 * service's area is one line in each map.
 */
public final class ServiceTypes {

    static final Map<String, Area> RECORDED = Map.of(
            "VisitRecorded", Area.STUA,
            "SocialConsultationRecorded", Area.SOCIAL,
            "HealthServiceRecorded", Area.HEALTH,
            "LegalInquiryRecorded", Area.LEGAL,
            "OutreachContactRecorded", Area.OUTREACH);

    static final Map<String, Area> VOIDED = Map.of(
            "VisitVoided", Area.STUA,
            "SocialConsultationVoided", Area.SOCIAL,
            "HealthServiceVoided", Area.HEALTH,
            "LegalInquiryVoided", Area.LEGAL,
            "OutreachContactVoided", Area.OUTREACH);

    private ServiceTypes() {
    }

    public static Area recorded(String type) {
        return RECORDED.get(type);
    }

    public static Area voided(String type) {
        return VOIDED.get(type);
    }
}
