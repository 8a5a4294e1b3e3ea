package no.sentret.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The merged contract {@code openapi/sentret-api.yaml}, read as plain JSON (Jackson's YAML reader): the
 * fuzzer needs only paths, parameters, request schemas and {@code x-roles}, and local {@code $ref}s, which
 * it resolves itself, so no OpenAPI model library stands between the document and the requests.
 */
final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    static ApiDocument read(Path file) {
        try {
            return new ApiDocument(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Every operation in the document's order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operations.add(operation(method.toUpperCase(), path.getKey(), op));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode op) {
        List<Operation.Parameter> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = resolve(p);
            parameters.add(new Operation.Parameter(param.path("name").asText(), param.path("in").asText(),
                    param.path("required").asBoolean(false), resolve(param.path("schema"))));
        }
        List<String> roles = new ArrayList<>();
        op.path("x-roles").forEach(r -> roles.add(r.asText()));
        JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
        return new Operation(method, path, op.path("operationId").asText(), roles, parameters,
                body.isMissingNode() ? null : resolve(body), op.path("requestBody").path("required").asBoolean(false), accept(op));
    }

    /** The media types the operation answers with success, as an Accept header (the report documents are HTML or PDF). */
    private static String accept(JsonNode op) {
        List<String> types = new ArrayList<>();
        op.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("2")) {
                r.getValue().path("content").fieldNames().forEachRemaining(types::add);
            }
        });
        return types.isEmpty() ? "application/json" : String.join(", ", types);
    }

    /**
     * The schema with its {@code $ref}s replaced by what they point at, a nullable {@code anyOf: [X, null]}
     * flattened into X with {@code nullable} set (OpenAPI 3.1 writes nullability that way).
     */
    JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || !schema.isObject() || depth > 12) {
            return schema;
        }
        ObjectNode out = ((ObjectNode) schema).deepCopy();
        if (out.has("$ref")) {
            JsonNode target = root.at(out.remove("$ref").asText().substring(1));
            ObjectNode merged = ((ObjectNode) resolve(target, depth + 1)).deepCopy();
            out.fields().forEachRemaining(e -> { if (!e.getKey().equals("type")) merged.set(e.getKey(), e.getValue()); });
            out = merged;
        }
        if (out.has("anyOf")) {
            JsonNode chosen = null;
            boolean nullable = false;
            for (JsonNode alternative : out.get("anyOf")) {
                if ("null".equals(alternative.path("type").asText())) {
                    nullable = true;
                } else {
                    chosen = alternative;
                }
            }
            out.remove("anyOf");
            if (chosen != null) {
                ObjectNode inner = ((ObjectNode) resolve(chosen, depth + 1)).deepCopy();
                out.fields().forEachRemaining(e -> { if (!e.getKey().equals("type")) inner.set(e.getKey(), e.getValue()); });
                out = inner;
            }
            out.put("nullable", nullable);
        }
        if (out.path("type").isArray()) { // type: [string, "null"]
            String type = "string";
            for (JsonNode t : out.get("type")) {
                if (t.asText().equals("null")) {
                    out.put("nullable", true);
                } else {
                    type = t.asText();
                }
            }
            out.put("type", type);
        }
        if (out.has("properties")) {
            ObjectNode resolved = out.objectNode();
            out.get("properties").fields().forEachRemaining(e -> resolved.set(e.getKey(), resolve(e.getValue(), depth + 1)));
            out.set("properties", resolved);
        }
        if (out.has("items")) {
            out.set("items", resolve(out.get("items"), depth + 1));
        }
        if (out.has("additionalProperties") && out.get("additionalProperties").isObject()) {
            out.set("additionalProperties", resolve(out.get("additionalProperties"), depth + 1));
        }
        return out;
    }
}
