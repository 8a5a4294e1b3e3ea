package no.sentret.bench;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.Set;

/**
 * The least a reverse proxy in a JVM can do (issue 20): Vert.x's HTTP server and client, a request's
 * path prefix cut, its headers and body streamed to one upstream over kept-alive connections and the
 * answer streamed back. No authentication, no routing table, no tracing, no logging. WritePathBench
 * runs it as a process of its own beside the gateway ({@code SENTRET_BENCH_BARE_PROXY=1}) so its CPU per
 * request is the floor of what any proxy in front of visit-service costs on this machine.
 * Args: listenPort upstreamPort prefix (e.g. /bare).
 */
public final class BareProxy {

    /** Hop-by-hop headers (RFC 9110 §7.6.1) stay on their own connection. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade", "host");

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int upstreamPort = Integer.parseInt(args[1]);
        String prefix = args[2];
        Vertx vertx = Vertx.vertx();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setDefaultPort(upstreamPort)
                .setDefaultHost("localhost"), new PoolOptions().setHttp1MaxSize(200));
        vertx.createHttpServer().requestHandler(incoming -> forward(client, incoming, prefix)).listen(port)
                .onSuccess(s -> System.out.println("bare proxy on " + s.actualPort() + " -> localhost:" + upstreamPort))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    private static void forward(HttpClient client, HttpServerRequest incoming, String prefix) {
        incoming.pause();
        String uri = incoming.uri().startsWith(prefix) ? incoming.uri().substring(prefix.length()) : incoming.uri();
        RequestOptions options = new RequestOptions().setMethod(incoming.method()).setURI(uri)
                .setHeaders(endToEnd(incoming.headers()));
        client.request(options)
                .compose(request -> request.send(incoming))
                .onSuccess(answer -> {
                    incoming.response().setStatusCode(answer.statusCode()).headers().addAll(endToEnd(answer.headers()));
                    incoming.response().send(answer);
                })
                .onFailure(failure -> {
                    if (!incoming.response().headWritten()) {
                        incoming.response().setStatusCode(502).end();
                    }
                });
    }

    private static MultiMap endToEnd(MultiMap headers) {
        MultiMap copy = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                copy.add(h.getKey(), h.getValue());
            }
        });
        return copy;
    }
}
