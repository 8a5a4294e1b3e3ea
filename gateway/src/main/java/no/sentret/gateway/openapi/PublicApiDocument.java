package no.sentret.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import no.sentret.gateway.GatewayConfig;

/**
 * Serves the merged public API document, {@code openapi/sentret-api.yaml} (copied onto the classpath by the build),
 * at {@code /api/openapi}: YAML by default, JSON with {@code ?format=json} or {@code Accept: application/json}, as
 * Quarkus's own /q/openapi does. The committed document names the local suite's gateway and Keycloak; the served one
 * names this gateway ({@code sentret.gateway.public-api.server-url}, or where it was fetched from) and this
 * gateway's provider ({@code sentret.gateway.public-api.oidc-issuer}), so a client generated from it calls the right
 * hosts.
 */
public final class PublicApiDocument {

    static final String RESOURCE = "openapi/sentret-api.yaml";
    /** the issuer the committed document names (the local suite's Keycloak realm) */
    static final String COMMITTED_ISSUER = "http://localhost:8090/realms/sentret";

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode template;
    private final Rendered fixed;

    private record Rendered(Buffer yaml, Buffer json) {
    }

    public PublicApiDocument(GatewayConfig.PublicApi settings) {
        try (InputStream in = open()) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; build the gateway module");
            }
            template = (ObjectNode) YAML.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String issuer = settings.oidcIssuer().replaceAll("/+$", "");
        replaceIssuer(template.path("components").path("securitySchemes"), issuer);
        fixed = settings.serverUrl().map(url -> render(withServer(url.replaceAll("/+$", "")))).orElse(null);
    }

    public static InputStream open() {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
    }

    public void serve(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        boolean asJson = "json".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.contains("application/json"));
        Rendered document = fixed != null ? fixed
                : render(withServer(ctx.request().scheme() + "://" + ctx.request().authority()));
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? "application/json" : "application/yaml")
                .end(asJson ? document.json() : document.yaml());
    }

    private ObjectNode withServer(String url) {
        ObjectNode document = template.deepCopy();
        if (document.path("servers").path(0) instanceof ObjectNode server) {
            server.put("url", url);
        } else {
            document.putArray("servers").addObject().put("url", url);
        }
        return document;
    }

    private static Rendered render(JsonNode document) {
        try {
            return new Rendered(Buffer.buffer(YAML.writeValueAsBytes(document)),
                    Buffer.buffer(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** every URL under the committed issuer (discovery, authorization, token) moved to this gateway's provider */
    private static void replaceIssuer(JsonNode node, String issuer) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual() && field.getValue().asText().startsWith(COMMITTED_ISSUER)) {
                    field.setValue(TextNode.valueOf(issuer + field.getValue().asText().substring(COMMITTED_ISSUER.length())));
                } else {
                    replaceIssuer(field.getValue(), issuer);
                }
            }
        }
    }
}
