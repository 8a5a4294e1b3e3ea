package no.sentret.gateway.routing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A request the gateway itself makes to a service of its route table (the privacy officer's fan-outs),
 * with the caller's access token and the request's trace context, under the route's timeouts: the service applies
 * its own role rules and audits the read as if the caller had asked it directly.
 */
@ApplicationScoped
public class ServiceCalls {

    /** What a service answered. */
    public record Answer(String route, int status, Buffer body) {
    }

    private final RouteTable routes;
    private final HttpClient client;

    ServiceCalls(RouteTable routes, Vertx vertx) {
        this.routes = routes;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(20));
    }

    /** {@code uri}: the service's own path and query, e.g. {@code /health/audit?actor=x} (the route's base path is put before it). */
    public Future<Answer> call(HttpMethod method, String routeName, String uri, String accessToken) {
        UpstreamRoute route = routes.named(routeName);
        if (route == null) {
            return Future.failedFuture(new IllegalStateException("no route named " + routeName));
        }
        return client.request(new RequestOptions()
                        .setMethod(method)
                        .setHost(route.host())
                        .setPort(route.port())
                        .setSsl(route.ssl())
                        .setURI(route.basePath() + uri)
                        .setConnectTimeout(route.connectTimeoutMillis())
                        .setIdleTimeout(route.readTimeoutMillis()))
                .compose(request -> {
                    request.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
                    // the caller's trace goes on to each service (W3C traceparent), as through the proxy
                    W3CTraceContextPropagator.getInstance().inject(Context.current(), request.headers(), MultiMap::set);
                    request.putHeader(HttpHeaders.ACCEPT, "application/json");
                    return request.send();
                })
                .compose(response -> response.body().map(body -> new Answer(routeName, response.statusCode(), body)));
    }
}
