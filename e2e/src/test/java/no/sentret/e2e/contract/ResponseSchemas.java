package no.sentret.e2e.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the public contract ({@code openapi/sentret-api.yaml}, OpenAPI 3.1, whose schemas are JSON Schema 2020-12)
 * says an answer's body is, checked with a real validator (networknt, format assertions on): each response schema
 * is validated in a document that carries the contract's {@code components}, so its {@code #/components/schemas/…}
 * references resolve as they are written.
 */
public final class ResponseSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final JsonNode root;
    private final Map<String, Optional<JsonSchema>> schemas = new ConcurrentHashMap<>();

    private ResponseSchemas(JsonNode root) {
        this.root = root;
    }

    /** The merged public contract of this checkout ({@code sentret.root}, as the fuzzer reads it). */
    public static ResponseSchemas published() {
        return read(Path.of(System.getProperty("sentret.root", "..")).toAbsolutePath().normalize().resolve("openapi/sentret-api.yaml"));
    }

    public static ResponseSchemas read(Path contract) {
        try {
            return new ResponseSchemas(new ObjectMapper(new YAMLFactory()).readTree(contract.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + contract, e);
        }
    }

    /**
     * How a JSON answer breaks the contract: a status the operation does not document, or a body its schema
     * refuses (each violation with where it is). Empty when it keeps it, or when the operation documents no JSON
     * schema for that status (a document, a 204).
     *
     * @param path the contract's path template, e.g. {@code /api/visits/{id}}
     */
    public String violations(String method, String path, int status, String body) {
        JsonNode responses = root.path("paths").path(path).path(method.toLowerCase()).path("responses");
        if (responses.isMissingNode()) {
            return "no operation " + method + " " + path + " in the contract";
        }
        if (!responses.has(String.valueOf(status)) && !responses.has("default")) {
            return "HTTP " + status + " is not a documented answer of " + method + " " + path;
        }
        Optional<JsonSchema> schema = schemas.computeIfAbsent(method + " " + path + " " + status,
                k -> schema(responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status)) : responses.get("default")));
        if (schema.isEmpty()) {
            return "";
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return "the body is not JSON";
        }
        if (answer == null || answer.isMissingNode()) {
            return "the body is empty";
        }
        return schema.get().validate(answer).stream().map(ValidationMessage::getMessage).sorted()
                .collect(Collectors.joining("; "));
    }

    private Optional<JsonSchema> schema(JsonNode response) {
        JsonNode documented = response.path("content").path("application/json").path("schema");
        if (documented.isMissingNode()) {
            return Optional.empty();
        }
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.set("components", root.path("components"));
        wrapper.set("allOf", JSON.createArrayNode().add(documented));
        return Optional.of(FACTORY.getSchema(wrapper, CONFIG));
    }
}
