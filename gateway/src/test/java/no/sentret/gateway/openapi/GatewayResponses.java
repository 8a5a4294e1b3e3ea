package no.sentret.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The errors the gateway itself returns on any route, whatever the service behind it documents: the rate limit
 * (429), a service that answered badly or not at all (502, 503) and one that took too long (504). Declared on every
 * operation of the public document, as shared responses with the problem schema.
 */
final class GatewayResponses {

    // sorted, so the merged document comes out the same every time
    private static final Map<String, String[]> RESPONSES = new TreeMap<>(Map.of(
            "429", new String[] {"TooManyRequests", "Too many requests from this caller: wait as long as Retry-After says"},
            "502", new String[] {"BadGateway", "The service behind this route answered with something the gateway could not pass on"},
            "503", new String[] {"ServiceUnavailable", "The service behind this route (or its database) is not available now: try again shortly"},
            "504", new String[] {"GatewayTimeout", "The service behind this route did not answer in time; a write may or may not have happened"}));

    private GatewayResponses() {
    }

    static void declareOn(JsonNode pathItem) {
        pathItem.forEach(operation -> {
            if (operation.get("responses") instanceof ObjectNode responses) {
                RESPONSES.forEach((status, response) -> {
                    if (!responses.has(status)) {
                        responses.putObject(status).put("$ref", "#/components/responses/" + response[0]);
                    }
                });
            }
        });
    }

    static void addComponents(ObjectNode components) {
        ObjectNode responses = components.withObjectProperty("responses");
        RESPONSES.forEach((status, response) -> {
            ObjectNode declared = responses.putObject(response[0]).put("description", response[1]);
            if (status.equals("429")) {
                declared.putObject("headers").putObject("Retry-After")
                        .put("description", "seconds to wait before the next request")
                        .putObject("schema").put("type", "integer");
            }
            declared.putObject("content").putObject("application/problem+json")
                    .putObject("schema").put("$ref", "#/components/schemas/Problem");
        });
    }
}
