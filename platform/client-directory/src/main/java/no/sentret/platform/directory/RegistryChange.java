package no.sentret.platform.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.sentret.platform.kafka.EventTypeHeader;
import no.sentret.platform.records.ClientCodes;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What one visit-events record changes in the directory. Only the fields the directory keeps are
 * read (openapi/events/README.md); every other event type is {@link Ignored}.
 */
sealed interface RegistryChange {

    record Registered(String code, LocalDate firstRegisteredOn) implements RegistryChange {
    }

    record Merged(String mergedCode, String survivingCode) implements RegistryChange {
    }

    record Seen(String code, Instant at) implements RegistryChange {
    }

    /** The privacy officer erased a client code (and the codes merged into it): see ClientErasure. */
    record Erased(List<String> codes) implements RegistryChange {
    }

    record Ignored(String why) implements RegistryChange {
    }

    ObjectMapper JSON = new ObjectMapper();

    /** The types the directory reads; every other type of visit-events changes nothing here. */
    Set<String> REGISTRY_TYPES = Set.of("ClientRegistered", "ClientUpdated", "ClientErased", "ClientsMerged");
    /** Services that move a client's "last seen"; anonymous ones (no client code, so no key) change nothing. */
    Set<String> SEEN_TYPES = Set.of("VisitRecorded", "SocialConsultationRecorded");

    /**
     * What the record's type header and key already tell, without parsing its JSON (most of visit-events is
     * anonymous visits and other types the directory does not keep); otherwise what its envelope says. A record
     * without the header (published before it existed) is read.
     */
    static RegistryChange of(ConsumerRecord<String, String> record) {
        String type = EventTypeHeader.of(record);
        if (type != null && !REGISTRY_TYPES.contains(type) && !SEEN_TYPES.contains(type)) {
            return new Ignored("not a registry event");
        }
        if (type != null && SEEN_TYPES.contains(type) && record.key() == null) {
            return new Ignored("anonymous"); // the key is the event's client code (openapi/events/README.md)
        }
        return of(record.value());
    }

    static RegistryChange of(String value) {
        JsonNode root;
        try {
            root = value == null ? null : JSON.readTree(value);
        } catch (IOException e) {
            return new Ignored("not JSON");
        }
        if (root == null || !root.isObject()) {
            return new Ignored("not a JSON object");
        }
        JsonNode p = root.path("payload");
        try {
            return switch (root.path("type").asText("")) {
                // keep in step with REGISTRY_TYPES and SEEN_TYPES
                case "ClientRegistered", "ClientUpdated" -> new Registered(code(p, "code"),
                        LocalDate.parse(p.path("firstRegisteredOn").asText()));
                case "ClientErased" -> new Erased(codes(p));
                case "ClientsMerged" -> new Merged(code(p, "mergedCode"), code(p, "survivingCode"));
                case "VisitRecorded", "SocialConsultationRecorded" -> p.hasNonNull("clientCode")
                        ? new Seen(code(p, "clientCode"), Instant.parse(root.path("occurredAt").asText()))
                        : new Ignored("anonymous");
                default -> new Ignored("not a registry event");
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return new Ignored("malformed: " + e.getMessage());
        }
    }

    private static List<String> codes(JsonNode payload) {
        List<String> codes = new ArrayList<>();
        codes.add(code(payload, "clientCode"));
        for (JsonNode merged : payload.path("codes")) {
            String code = ClientCodes.normalise(merged.asText(""));
            if (!code.isEmpty() && code.length() <= 32 && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private static String code(JsonNode payload, String field) {
        String code = ClientCodes.normalise(payload.path(field).asText(null));
        if (code == null || code.isEmpty() || code.length() > 32) {
            throw new IllegalArgumentException(field + " is not a client code");
        }
        return code;
    }
}
