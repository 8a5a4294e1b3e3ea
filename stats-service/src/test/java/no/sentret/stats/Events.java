package no.sentret.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Builds envelopes exactly as openapi/events/README.md specifies them (not from any producer's code). */
final class Events {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One record to send: topic, key (client code or null), value (the envelope JSON). */
    record Ev(String topic, String key, String value) {
    }

    private Events() {
    }

    static Ev envelope(String topic, String type, Instant occurredAt, String source, String clientCode, ObjectNode payload) {
        return envelope(UUID.randomUUID(), topic, type, occurredAt, source, clientCode, payload);
    }

    static Ev envelope(UUID eventId, String topic, String type, Instant occurredAt, String source, String clientCode, ObjectNode payload) {
        ObjectNode e = JSON.createObjectNode();
        e.put("eventId", eventId.toString());
        e.put("type", type);
        e.put("schemaVersion", 1);
        e.put("occurredAt", occurredAt.toString());
        e.put("recordedAt", Instant.now().toString());
        e.put("source", source);
        e.put("clientCode", clientCode);
        e.set("payload", payload);
        return new Ev(topic, clientCode, e.toString());
    }

    /** The same event from another {@code source} (e.g. one the tables cannot store). */
    static Ev withSource(Ev e, String source) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(e.value());
            envelope.put("source", source);
            return new Ev(e.topic(), e.key(), envelope.toString());
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static Ev clientRegistered(String code, String gender, String nationality, String ageGroup, LocalDate registeredOn) {
        return client("ClientRegistered", code, gender, nationality, ageGroup, registeredOn);
    }

    static Ev clientUpdated(String code, String gender, String nationality, String ageGroup, LocalDate registeredOn) {
        return client("ClientUpdated", code, gender, nationality, ageGroup, registeredOn);
    }

    private static Ev client(String type, String code, String gender, String nationality, String ageGroup, LocalDate registeredOn) {
        ObjectNode p = JSON.createObjectNode();
        p.put("code", code);
        p.put("gender", gender);
        p.put("nationality", nationality);
        p.put("ageGroup", ageGroup);
        p.putNull("regionOfOrigin");
        p.putNull("preferredLanguage");
        p.put("firstRegisteredOn", registeredOn.toString());
        return envelope("visit-events", type, registeredOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), "visit-service", code, p);
    }

    static Ev merged(String mergedCode, String survivingCode) {
        ObjectNode p = JSON.createObjectNode();
        p.put("mergedCode", mergedCode);
        p.put("survivingCode", survivingCode);
        return envelope("visit-events", "ClientsMerged", Instant.now(), "visit-service", survivingCode, p);
    }

    /** ClientErased: {@code code} and {@code merged} erased by the privacy officer at {@code erasedAt}. */
    static Ev erased(String code, Instant erasedAt, String... merged) {
        ObjectNode p = JSON.createObjectNode();
        p.put("clientCode", code);
        var codes = p.putArray("codes");
        for (String m : merged) {
            codes.add(m);
        }
        codes.add(code);
        p.put("erasedAt", erasedAt.toString());
        return envelope("visit-events", "ClientErased", erasedAt, "visit-service", code, p);
    }

    /** RecordsDeIdentified: a service's retention job forgot {@code recordType} before {@code before} (changes no figure). */
    static Ev recordsDeIdentified(String topic, String recordType, LocalDate before) {
        ObjectNode p = JSON.createObjectNode();
        p.put("recordType", recordType);
        p.put("before", before.toString());
        p.put("rows", 3);
        return envelope(topic, "RecordsDeIdentified", Instant.now(), topic.replace("-events", "-service"), null, p);
    }

    static Ev visitRecorded(UUID id, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("occurredAt", at.toString());
        p.putArray("activities").add("CONVERSATION").add("MEAL");
        return envelope("visit-events", "VisitRecorded", at, "visit-service", code, p);
    }

    static Ev visitVoided(UUID id, String code, Instant arrivedAt) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("occurredAt", arrivedAt.toString());
        p.put("reason", "registered twice");
        return envelope("visit-events", "VisitVoided", arrivedAt.plusSeconds(3600), "visit-service", code, p);
    }

    static Ev consultationRecorded(UUID id, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("occurredAt", at.toString());
        p.put("kind", "CONSULTATION");
        p.putArray("topics").add("HOUSING");
        return envelope("visit-events", "SocialConsultationRecorded", at, "visit-service", code, p);
    }

    static Ev consultationVoided(UUID id, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("occurredAt", at.toString());
        p.put("reason", "wrong client");
        return envelope("visit-events", "SocialConsultationVoided", at.plusSeconds(60), "visit-service", code, p);
    }

    static Ev healthRecorded(UUID id, String code, Instant at) {
        return healthRecorded(id, code, at, "STI_TEST", null, null);
    }

    /** A health service line: vaccine (and dose 1) only for VACCINATION, prepStage only for PREP. */
    static Ev healthRecorded(UUID id, String code, Instant at, String category, String vaccine, String prepStage) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("occurredAt", at.toString());
        p.put("category", category);
        if (vaccine != null) {
            p.put("vaccine", vaccine);
            p.put("dose", 1);
        }
        if (prepStage != null) {
            p.put("prepStage", prepStage);
        }
        return envelope("health-events", "HealthServiceRecorded", at, "health-service", code, p);
    }

    static Ev healthVoided(UUID id, String code, Instant at) {
        return healthVoided(id, code, at, "STI_TEST");
    }

    static Ev healthVoided(UUID id, String code, Instant at, String category) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("occurredAt", at.toString());
        p.put("category", category);
        return envelope("health-events", "HealthServiceVoided", at, "health-service", code, p);
    }

    /** An outreach contact (clientCode null: a conversation not linked to a client). */
    static Ev outreachRecorded(UUID id, String code, Instant at, String channel) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("occurredAt", at.toString());
        p.put("channel", channel);
        p.put("direction", "INBOUND");
        p.putArray("topics").add("HEALTH");
        return envelope("outreach-events", "OutreachContactRecorded", at, "outreach-service", code, p);
    }

    static Ev outreachVoided(UUID id, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("occurredAt", at.toString());
        return envelope("outreach-events", "OutreachContactVoided", at.plusSeconds(600), "outreach-service", code, p);
    }

    static Ev legalInquiry(UUID id, String code, Instant at, String wouldNotOtherwise, String... areas) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("occurredAt", at.toString());
        var a = p.putArray("areas");
        for (String area : areas) {
            a.add(area);
        }
        var sub = p.putArray("criminalSubAreas");
        if (java.util.Arrays.asList(areas).contains("CRIMINAL")) {
            sub.add("SEXUAL_VIOLENCE");
        }
        p.put("wouldNotOtherwiseHaveSoughtLawyer", wouldNotOtherwise);
        return envelope("legal-aid-events", "LegalInquiryRecorded", at, "legal-aid-service", code, p);
    }

    static Ev legalInquiryVoided(UUID id, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("occurredAt", at.toString());
        return envelope("legal-aid-events", "LegalInquiryVoided", at.plusSeconds(600), "legal-aid-service", code, p);
    }

    /** type LegalShiftHeld, LegalShiftNobodyCame or LegalShiftCancelled. */
    static Ev legalShift(String type, UUID id, LocalDate date, String lawyerKind) {
        return legalShift(type, id, date, lawyerKind, 0);
    }

    /** A shift's outcome with its revision (a correction re-publishes the shift with the next one); 0 = no revision field. */
    static Ev legalShift(String type, UUID id, LocalDate date, String lawyerKind, int revision) {
        ObjectNode p = JSON.createObjectNode();
        if (revision > 0) {
            p.put("revision", revision);
        }
        p.put("id", id.toString());
        p.put("date", date.toString());
        p.put("lawyerKind", lawyerKind);
        if (type.equals("LegalShiftCancelled")) {
            p.put("reason", "LAWYER_ILL");
        }
        return envelope("legal-aid-events", type, date.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC), "legal-aid-service", null, p);
    }

    static Ev caseOpened(UUID id, String code, LocalDate openedOn, String area) {
        ObjectNode p = caseBody(id, code, openedOn, area);
        return envelope("legal-aid-events", "LegalCaseOpened", openedOn.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC),
                "legal-aid-service", code, p);
    }

    static Ev caseClosed(UUID id, String code, LocalDate openedOn, String area, LocalDate closedOn, String outcome) {
        ObjectNode p = caseBody(id, code, openedOn, area);
        p.put("closedOn", closedOn.toString());
        p.put("outcome", outcome);
        if (outcome.equals("REFERRED")) {
            p.put("referredTo", "POLICE");
        } else {
            p.putNull("referredTo");
        }
        return envelope("legal-aid-events", "LegalCaseClosed", closedOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                "legal-aid-service", code, p);
    }

    static Ev caseVoided(UUID id, String code, LocalDate openedOn) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("openedOn", openedOn.toString());
        return envelope("legal-aid-events", "LegalCaseVoided", openedOn.atTime(15, 0).toInstant(java.time.ZoneOffset.UTC),
                "legal-aid-service", code, p);
    }

    private static ObjectNode caseBody(UUID id, String code, LocalDate openedOn, String area) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("openedOn", openedOn.toString());
        p.put("area", area);
        if (area.equals("CRIMINAL")) {
            p.put("subArea", "THREATS");
        } else {
            p.putNull("subArea");
        }
        return p;
    }

    static Ev streetShift(UUID id, Instant at, int contacts, int condoms, int lube, int leafletsEn, int leafletsEs) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("occurredAt", at.toString());
        p.put("endedAt", at.plusSeconds(3 * 3600).toString());
        p.put("district", "SENTRUM");
        p.put("workers", 2);
        p.put("contacts", contacts);
        var h = p.putArray("handOuts");
        // the contract's quantities are 1 or more: a kind not handed out is left out
        if (condoms > 0) {
            h.addObject().put("kind", "CONDOMS").putNull("language").put("quantity", condoms);
        }
        if (lube > 0) {
            h.addObject().put("kind", "LUBE").putNull("language").put("quantity", lube);
        }
        if (leafletsEn > 0) {
            h.addObject().put("kind", "INFORMATION_LEAFLETS").put("language", "en").put("quantity", leafletsEn);
        }
        if (leafletsEs > 0) {
            h.addObject().put("kind", "INFORMATION_LEAFLETS").put("language", "es").put("quantity", leafletsEs);
        }
        return envelope("outreach-events", "StreetShiftHeld", at, "outreach-service", null, p);
    }

    static Ev assignment(UUID id, Instant at, String kind) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("occurredAt", at.toString());
        p.put("kind", kind);
        p.put("audience", kind.equals("SCHOOL_CLASS") ? "SCHOOL" : "HEALTH_SERVICE");
        p.put("participants", 25);
        p.put("concernsYoungPeople", kind.equals("SCHOOL_CLASS"));
        return envelope("outreach-events", "AssignmentHeld", at, "outreach-service", null, p);
    }

    static Ev adCount(String site, String week, int count) {
        ObjectNode p = JSON.createObjectNode();
        p.put("site", site);
        p.put("week", week);
        p.put("count", count);
        Instant monday = java.time.LocalDate.parse(week + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE)
                .atStartOfDay(java.time.ZoneId.of("Europe/Oslo")).toInstant();
        return envelope("outreach-events", "AdSiteWeekCounted", monday, "outreach-service", null, p);
    }

    /** A count with its own id (as outreach-service publishes them since counts can be voided). */
    static Ev adCount(UUID id, String site, String week, int count) {
        Ev e = adCount(site, week, count);
        return withPayloadId(e, id);
    }

    static Ev adCountVoided(UUID id, String site, String week) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("site", site);
        p.put("week", week);
        return envelope("outreach-events", "AdSiteWeekVoided", Instant.now(), "outreach-service", null, p);
    }

    static Ev streetShiftVoided(UUID id, Instant shiftStart) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("occurredAt", shiftStart.toString());
        return envelope("outreach-events", "StreetShiftVoided", Instant.now(), "outreach-service", null, p);
    }

    static Ev assignmentVoided(UUID id, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("occurredAt", at.toString());
        return envelope("outreach-events", "AssignmentVoided", Instant.now(), "outreach-service", null, p);
    }

    private static Ev withPayloadId(Ev e, UUID id) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(e.value());
            ObjectNode payload = JSON.createObjectNode();
            payload.put("id", id.toString());
            payload.setAll((ObjectNode) root.get("payload"));
            root.set("payload", payload);
            return new Ev(e.topic(), e.key(), JSON.writeValueAsString(root));
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }

    static Ev invitation(String type, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("clientCode", code);
        return envelope("health-events", type, at, "health-service", code, p);
    }

    /** type SafetyAlertPublished or SafetyAlertEnded: categories and dates only. */
    static Ev safetyAlert(String type, UUID id, LocalDate occurredOn, String category, String district) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("category", category);
        p.put("district", district);
        p.put("occurredOn", occurredOn.toString());
        Instant at = occurredOn.plusDays(1).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        if (type.equals("SafetyAlertPublished")) {
            p.putNull("partOfDay");
            p.put("publishedAt", at.toString());
            p.put("expiresAt", at.plusSeconds(30L * 86400).toString());
        } else {
            p.put("ending", "WITHDRAWN");
            p.put("endedAt", at.plusSeconds(86400).toString());
        }
        return envelope("outreach-events", type, at, "outreach-service", null, p);
    }

    static Ev feedback(UUID id, Instant at, int score, boolean followUp) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("occurredAt", at.toString());
        p.put("score", score);
        p.put("language", "en");
        if (followUp) {
            p.putObject("followUpAnswers").put("q1", "yes");
        } else {
            p.putNull("followUpAnswers");
        }
        return envelope("visit-events", "FeedbackGiven", at, "visit-service", null, p);
    }
}
