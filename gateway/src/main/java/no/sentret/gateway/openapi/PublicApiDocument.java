package no.sentret.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the merged public API document, {@code openapi/sentret-api.yaml} (copied onto the classpath
 * by the build), at {@code /api/openapi}: YAML by default, JSON with {@code ?format=json} or
 * {@code Accept: application/json}, as Quarkus's own /q/openapi does.
 */
public final class PublicApiDocument {

    static final String RESOURCE = "openapi/sentret-api.yaml";

    private final Buffer yaml;
    private final Buffer json;

    public PublicApiDocument() {
        try (InputStream in = open()) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; build the gateway module");
            }
            byte[] bytes = in.readAllBytes();
            yaml = Buffer.buffer(bytes);
            json = Buffer.buffer(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new YAMLMapper().readTree(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream open() {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
    }

    public void serve(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        boolean asJson = "json".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.contains("application/json"));
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? "application/json" : "application/yaml")
                .end(asJson ? json : yaml);
    }
}
