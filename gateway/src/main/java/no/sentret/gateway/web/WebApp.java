package no.sentret.gateway.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web frontend's page at {@code /} (signed in: the browser permission sends others to the
 * provider first). Its scripts and styles are static resources under {@code /app/} and the chart
 * library's WebJar under {@code /webjars/}; the page's policy allows only those, from this origin.
 */
public final class WebApp {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Buffer INDEX = load("/web/index.html");

    private WebApp() {
    }

    public static void index(RoutingContext ctx) {
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("Content-Security-Policy", POLICY)
                .end(INDEX);
    }

    private static Buffer load(String resource) {
        try (InputStream in = WebApp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the gateway's resources");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
