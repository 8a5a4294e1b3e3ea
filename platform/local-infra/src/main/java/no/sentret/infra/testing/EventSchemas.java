package no.sentret.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The committed event schemas (openapi/events/*.schema.json), with format assertions on. */
public final class EventSchemas {

    private static final Path DIR = EventContract.dir();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** @return the violations of the envelope schema and of the payload schema named by its type; empty when valid */
    public static String violations(JsonNode envelope) {
        String envelopeErrors = check("envelope", envelope);
        String payloadErrors = check(envelope.path("type").asText(), envelope.path("payload"));
        return (envelopeErrors + " " + payloadErrors).trim();
    }

    private static String check(String name, JsonNode node) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(name, EventSchemas::load);
        Set<ValidationMessage> errors = schema.validate(node);
        return errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "));
    }

    private static JsonSchema load(String name) {
        Path file = DIR.resolve(name + ".schema.json");
        if (!Files.exists(file)) {
            throw new AssertionError("no schema " + file + " for event type " + name);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
