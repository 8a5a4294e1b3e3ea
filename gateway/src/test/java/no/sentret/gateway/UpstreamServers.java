package no.sentret.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real HTTP upstreams for the gateway's tests, on random ports: an echo server that answers with
 * what it received (method, path, query, headers, body) for visit, health, legal aid and stats; a
 * {@code /slow} path that answers after 5 s; the services' audit logs as {@link PrivacyUpstream} serves
 * them; and a port nobody listens on for outreach.
 */
public class UpstreamServers implements QuarkusTestResourceLifecycleManager {

    static final long SLOW_MILLIS = 5000;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer echo = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (PrivacyUpstream.answers(request)) {
                return;
            }
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            JsonObject answer = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("headers", headers)
                    .put("body", body.toString());
            long delay = request.path().endsWith("/slow") ? SLOW_MILLIS : 0;
            Runnable respond = () -> request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Upstream", "echo")
                    .end(answer.encode());
            if (delay > 0) {
                vertx.setTimer(delay, t -> respond.run());
            } else {
                respond.run();
            }
        }));
        int port;
        try {
            port = echo.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("echo upstream did not start", e);
        }
        String url = "http://localhost:" + port;
        return Map.of(
                "sentret.gateway.routes.visit.url", url,
                "sentret.gateway.routes.health.url", url,
                "sentret.gateway.routes.legal.url", url,
                "sentret.gateway.routes.stats.url", url,
                "sentret.gateway.routes.stats.read-timeout", "700ms",
                "sentret.gateway.routes.outreach.url", "http://localhost:" + unusedPort(),
                "sentret.gateway.routes.outreach.connect-timeout", "1s");
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
