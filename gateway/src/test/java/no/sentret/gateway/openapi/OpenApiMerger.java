package no.sentret.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the services' committed OpenAPI documents into the public API as seen through the gateway:
 * each service path {@code /x/...} that a route's prefix covers becomes {@code /api/x/...}; a
 * component name two services define differently is renamed {@code <Route><Name>} (and every
 * {@code $ref} to it in that service's part); identical components (the problem schema, the
 * {@code oidc} security scheme) are kept once. Output is sorted so the merge is reproducible.
 */
public final class OpenApiMerger {

    /** One service's document and the route that exposes it. */
    public record ServiceDocument(String route, List<String> prefixes, String stripPrefix, JsonNode document) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    private OpenApiMerger() {
    }

    public static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a YAML document", e);
        }
    }

    public static String toYaml(JsonNode document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The security schemes of the public API: the provider's discovery document ({@code oidc}) and the same provider
     * spelled out as OAuth 2 flows ({@code oauth2}: the browser's authorization code, the municipality's client
     * credentials) for tools that do not read discovery. The services' own schemes are dropped: operations refer to a
     * scheme by name, and the gateway is what callers authenticate against. The URLs are the local suite's; the
     * gateway serving this document puts its own provider's in (see PublicApiDocument).
     */
    public static final String OIDC_ISSUER = "http://localhost:8090/realms/sentret";
    public static final String OIDC_DISCOVERY_URL = OIDC_ISSUER + "/.well-known/openid-configuration";
    /** The local suite's gateway; the gateway serving this document names itself instead. */
    public static final String SERVER_URL = "http://localhost:8080";
    private static final String SECURITY_SCHEMES = "securitySchemes";

    public static ObjectNode merge(List<ServiceDocument> services) {
        Map<String, Map<String, String>> renames = renamesForClashes(services);
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info")
                .put("title", "Sentret API")
                .put("version", "1.0.0")
                .put("description", "The public API of Sentret as seen through the gateway. Every operation states the roles "
                        + "that may call it in x-roles (any one of them suffices) and in its description. "
                        + "Generated from the services' documents under openapi/ by the gateway's tests; do not edit.")
                .putObject("contact").put("name", "The team that runs this Sentret suite");
        merged.putArray("servers").addObject()
                .put("url", SERVER_URL)
                .put("description", "the gateway (the document served by a gateway names that gateway)");
        Map<String, JsonNode> paths = new TreeMap<>();
        Map<String, Map<String, JsonNode>> components = new TreeMap<>();
        Map<String, JsonNode> tags = new TreeMap<>();
        Set<String> operationIds = new LinkedHashSet<>();
        List<JsonNode> security = new ArrayList<>();

        for (ServiceDocument service : services) {
            Map<String, String> serviceRenames = renames.getOrDefault(service.route(), Map.of());
            JsonNode doc = rewriteRefs(service.document().deepCopy(), serviceRenames);
            if (doc.get("components") instanceof ObjectNode ownComponents) {
                renameDefinitions(ownComponents, serviceRenames);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                String publicPath = service.stripPrefix() + path.getKey();
                if (service.prefixes().stream().noneMatch(p -> publicPath.equals(p) || publicPath.startsWith(p + "/"))) {
                    continue; // not reachable through the gateway
                }
                if (paths.containsKey(publicPath)) {
                    throw new IllegalStateException(publicPath + " is published by two services");
                }
                uniqueOperationIds(service.route(), path.getValue(), operationIds);
                GatewayResponses.declareOn(path.getValue());
                paths.put(publicPath, path.getValue());
            }
            for (Iterator<Map.Entry<String, JsonNode>> types = doc.path("components").fields(); types.hasNext(); ) {
                Map.Entry<String, JsonNode> type = types.next();
                if (type.getKey().equals(SECURITY_SCHEMES)) {
                    continue;
                }
                Map<String, JsonNode> merging = components.computeIfAbsent(type.getKey(), k -> new TreeMap<>());
                type.getValue().fields().forEachRemaining(c -> merging.put(c.getKey(), c.getValue()));
            }
            doc.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
            doc.path("security").forEach(requirement -> {
                if (!security.contains(requirement)) {
                    security.add(requirement);
                }
            });
        }
        if (!tags.isEmpty()) {
            merged.putArray("tags").addAll(tags.values());
        }
        ObjectNode pathsNode = merged.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode componentsNode = merged.putObject("components");
        components.forEach((type, entries) -> entries.forEach((name, value) -> componentsNode.withObjectProperty(type).set(name, value)));
        GatewayResponses.addComponents(componentsNode);
        ObjectNode schemes = componentsNode.withObjectProperty(SECURITY_SCHEMES);
        schemes.putObject("oidc")
                .put("description", "The Sentret OpenID Connect provider (Keycloak realm sentret): the authorization-code flow "
                        + "for people, client credentials for the integration of the municipality")
                .put("type", "openIdConnect")
                .put("openIdConnectUrl", OIDC_DISCOVERY_URL);
        ObjectNode flows = schemes.putObject("oauth2")
                .put("description", "The same provider as OAuth 2 flows. Tokens carry realm roles, not scopes: "
                        + "an operation's x-roles names the roles that may call it")
                .put("type", "oauth2")
                .putObject("flows");
        flows.putObject("authorizationCode")
                .put("authorizationUrl", OIDC_ISSUER + "/protocol/openid-connect/auth")
                .put("tokenUrl", OIDC_ISSUER + "/protocol/openid-connect/token")
                .putObject("scopes");
        flows.putObject("clientCredentials")
                .put("tokenUrl", OIDC_ISSUER + "/protocol/openid-connect/token")
                .putObject("scopes");
        paths.values().forEach(OpenApiMerger::eitherScheme);
        if (!security.isEmpty()) {
            merged.putArray("security").addAll(security);
        }
        return merged;
    }

    /** route → (component reference → new reference) for names defined differently by several services */
    private static Map<String, Map<String, String>> renamesForClashes(List<ServiceDocument> services) {
        Map<String, Map<String, JsonNode>> seen = new HashMap<>(); // "type/name" → route → definition
        for (ServiceDocument service : services) {
            service.document().path("components").fields().forEachRemaining(type -> {
                if (!type.getKey().equals(SECURITY_SCHEMES)) {
                    type.getValue().fields().forEachRemaining(component -> seen
                            .computeIfAbsent(type.getKey() + "/" + component.getKey(), k -> new TreeMap<>())
                            .put(service.route(), component.getValue()));
                }
            });
        }
        Map<String, Map<String, String>> renames = new HashMap<>();
        seen.forEach((key, definitions) -> {
            if (new LinkedHashSet<>(definitions.values()).size() > 1) {
                String type = key.substring(0, key.indexOf('/'));
                String name = key.substring(key.indexOf('/') + 1);
                definitions.keySet().forEach(route -> renames.computeIfAbsent(route, r -> new HashMap<>())
                        .put("#/components/" + type + "/" + name,
                                "#/components/" + type + "/" + capitalise(route) + name));
            }
        });
        return renames;
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()
                        && renames.containsKey(field.getValue().asText())) {
                    field.setValue(TextNode.valueOf(renames.get(field.getValue().asText())));
                } else {
                    rewriteRefs(field.getValue(), renames);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> rewriteRefs(child, renames));
        }
        return node;
    }

    private static void renameDefinitions(ObjectNode components, Map<String, String> renames) {
        renames.forEach((from, to) -> {
            String[] f = from.split("/");
            String[] t = to.split("/");
            JsonNode type = components.get(f[2]);
            if (type instanceof ObjectNode typeNode && typeNode.has(f[3])) {
                typeNode.set(t[3], typeNode.remove(f[3]));
            }
        });
    }

    private static void uniqueOperationIds(String route, JsonNode pathItem, Set<String> seen) {
        pathItem.fields().forEachRemaining(operation -> {
            JsonNode id = operation.getValue().get("operationId");
            if (id != null && id.isTextual() && !seen.add(id.asText())) {
                String renamed = route + capitalise(id.asText());
                ((ObjectNode) operation.getValue()).put("operationId", renamed);
                seen.add(renamed);
            }
        });
    }

    /** An operation that needs a token takes one from either scheme (a list of requirements is a choice). */
    private static void eitherScheme(JsonNode pathItem) {
        pathItem.forEach(operation -> {
            if (operation.get("security") instanceof ArrayNode requirements
                    && requirements.size() == 1 && requirements.get(0).has("oidc")) {
                requirements.addObject().putArray("oauth2");
            }
        });
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
