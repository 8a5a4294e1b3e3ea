package no.sentret.gateway.routing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import no.sentret.gateway.metrics.GatewayMetrics;
import no.sentret.gateway.problem.Problems;
import no.sentret.gateway.web.BrowserSession;
import org.jboss.logging.Logger;

/**
 * One proxied request: rewrites the path for the service, replaces the caller's credentials by the
 * user's access token, passes the trace context on (W3C traceparent), and turns a failed call into problem details that
 * name the service (503 unreachable, 504 too slow, 413 body too large) instead of the proxy's bare 502.
 */
final class UpstreamCall implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamCall.class);
    private static final long DRAIN_MILLIS = 5_000;

    private final UpstreamRoute route;
    private final String accessToken;
    private final long maxBodySize;
    private final GatewayMetrics metrics;
    private LimitedBody limitedBody;

    UpstreamCall(UpstreamRoute route, String accessToken, long maxBodySize, GatewayMetrics metrics) {
        this.metrics = metrics;
        this.route = route;
        this.accessToken = accessToken;
        this.maxBodySize = maxBodySize;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        request.setURI(route.upstreamUri(incoming.uri()));

        MultiMap headers = request.headers();
        // the session cookie and whatever the caller sent as credentials stay at the edge
        headers.remove(HttpHeaders.COOKIE);
        headers.remove(HttpHeaders.AUTHORIZATION);
        headers.remove(BrowserSession.CSRF_HEADER);
        if (accessToken != null) {
            headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
        }
        // the trace goes on to the service: its spans, logs, audit rows and events join the gateway's trace
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, MultiMap::set);
        if (incoming.remoteAddress() != null) {
            headers.set("X-Forwarded-For", incoming.remoteAddress().host());
        }
        headers.set("X-Forwarded-Proto", incoming.scheme());

        Body body = request.getBody();
        if (body != null && body.length() < 0 && "chunked".equalsIgnoreCase(incoming.getHeader(HttpHeaders.TRANSFER_ENCODING))) {
            limitedBody = new LimitedBody(body.stream(), maxBodySize);
            request.setBody(Body.body(limitedBody, -1));
        }
        return context.sendRequest().recover(failure -> limitedBody != null && limitedBody.tripped()
                ? drain(incoming).map(v -> problem(request, failure))
                : Future.succeededFuture(problem(request, failure)));
    }

    /**
     * Reads (and drops) the rest of an oversized chunked body before answering 413: closing the
     * connection on unread data would reset it and lose the answer. Bounded in time.
     */
    private static Future<Void> drain(HttpServerRequest incoming) {
        if (incoming.isEnded()) {
            return Future.succeededFuture();
        }
        Promise<Void> drained = Promise.promise();
        long timer = Vertx.currentContext().owner().setTimer(DRAIN_MILLIS, t -> drained.tryComplete());
        incoming.handler(chunk -> {
        });
        incoming.endHandler(v -> {
            Vertx.currentContext().owner().cancelTimer(timer);
            drained.tryComplete();
        });
        incoming.resume();
        return drained.future();
    }

    private ProxyResponse problem(ProxyRequest request, Throwable failure) {
        UpstreamFailures.Outcome outcome = UpstreamFailures.classify(route.name() + "-service", failure,
                limitedBody != null && limitedBody.tripped(), maxBodySize);
        metrics.upstreamFailure(route.name(), outcome.status());
        if (outcome.status() >= 500) {
            // the exception's class only: its message can carry the upstream URI, and with it a client code
            LOG.warnf("route %s: %d %s (%s)", route.name(), outcome.status(), outcome.title(), failure.getClass().getSimpleName());
        }
        ProxyResponse response = request.release().response().setStatusCode(outcome.status());
        response.headers()
                .set(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .set(HttpHeaders.CACHE_CONTROL, "no-store");
        if (outcome.status() == 503) {
            response.headers().set(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.setBody(Body.body(outcome.field() == null ? Problems.body(outcome.status(), outcome.title(), outcome.detail())
                : Problems.body(outcome.status(), outcome.title(), outcome.field(), outcome.detail())));
    }
}
