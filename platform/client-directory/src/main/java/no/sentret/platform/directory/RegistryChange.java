package no.sentret.platform.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.sentret.platform.records.ClientCodes;

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
