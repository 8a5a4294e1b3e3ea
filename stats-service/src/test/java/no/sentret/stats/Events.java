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

    static Ev visitRecorded(UUID id, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("arrivedAt", at.toString());
        p.putArray("activities").add("CONVERSATION").add("MEAL");
        return envelope("visit-events", "VisitRecorded", at, "visit-service", code, p);
    }

    static Ev visitVoided(UUID id, String code, Instant arrivedAt) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("arrivedAt", arrivedAt.toString());
        p.put("reason", "registered twice");
        return envelope("visit-events", "VisitVoided", arrivedAt.plusSeconds(3600), "visit-service", code, p);
    }

    static Ev consultationRecorded(UUID id, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("at", at.toString());
        p.put("kind", "CONSULTATION");
        p.putArray("topics").add("HOUSING");
        return envelope("visit-events", "SocialConsultationRecorded", at, "visit-service", code, p);
    }

    static Ev consultationVoided(UUID id, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("at", at.toString());
        p.put("reason", "wrong client");
        return envelope("visit-events", "SocialConsultationVoided", at.plusSeconds(60), "visit-service", code, p);
    }

    /** Health payloads beyond id and clientCode are the health-service's; the statistics need only those. */
    static Ev healthRecorded(UUID id, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("kind", "STI_TEST");
        return envelope("health-events", "HealthServiceRecorded", at, "health-service", code, p);
    }

    static Ev healthVoided(UUID id, String code, Instant at) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("clientCode", code);
        p.put("reason", "entered in error");
        return envelope("health-events", "HealthServiceVoided", at, "health-service", code, p);
    }

    static Ev feedback(UUID id, Instant at, int score, boolean followUp) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("at", at.toString());
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
