package no.sentret.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One generated request and what it must get: {@code mustRefuse} for an invalid one (a 4xx), {@code field}
 * the name its validation problem must give, {@code secrets} what the answer must never repeat.
 */
final class FuzzRequest {

    enum Kind { VALID, BOUNDARY, INVALID }

    final Operation operation;
    Kind kind;
    final Map<String, String> path = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    JsonNode body;
    /** sent as it is instead of {@link #body} (a body that is not JSON) */
    String rawBody;
    String mutation = "";
    String field;
    List<String> secrets = List.of();

    FuzzRequest(Operation operation, Kind kind) {
        this.operation = operation;
        this.kind = kind;
    }

    boolean mustRefuse() {
        return kind == Kind.INVALID;
    }

    /** The path with its parameters and query, each value percent-encoded as a client library would. */
    String target() {
        String target = operation.path();
        for (Map.Entry<String, String> p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", encode(p.getValue()));
        }
        if (!query.isEmpty()) {
            target += "?" + query.entrySet().stream().map(q -> encode(q.getKey()) + "=" + encode(q.getValue()))
                    .collect(Collectors.joining("&"));
        }
        return target;
    }

    String bodyText() {
        return rawBody != null ? rawBody : body == null ? null : body.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        String text = bodyText();
        return operation.method() + " " + target() + " [" + kind + (mutation.isEmpty() ? "" : ": " + mutation) + "]"
                + (text == null ? "" : " body " + (text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text));
    }
}
