package no.sentret.gateway.privacy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import no.sentret.gateway.problem.Problems;
import no.sentret.gateway.routing.ServiceCalls.Answer;
import org.jboss.logging.Logger;

/** What the fan-outs share: all answers or one problem, never a partial document. */
final class Fanning {

    private static final Logger LOG = Logger.getLogger(Fanning.class);

    private Fanning() {
    }

    /**
     * Runs {@code assemble} when every service answered 200. Otherwise the first refusal is passed on as
     * the service sent it when it is the caller's (400: the field it names; 404: e.g. an unknown code),
     * and anything else is a 502/503 naming the service: a document missing a service's part would look
     * complete to the privacy officer.
     */
    static void whenAll(RoutingContext ctx, List<Future<Answer>> calls, java.util.function.Function<List<Answer>, JsonObject> assemble) {
        Future.join(calls).onComplete(done -> {
            for (Future<Answer> call : calls) {
                if (call.failed()) {
                    // the exception's class only: its message can carry the upstream URI, and with it a client code
                    LOG.warnf("privacy fan-out: a service did not answer (%s)", call.cause().getClass().getSimpleName());
                    Problems.send(ctx, 503, "Service Unavailable", "a service did not answer; nothing was assembled");
                    return;
                }
            }
            for (Future<Answer> call : calls) {
                Answer answer = call.result();
                if (answer.status() == 400 || answer.status() == 404) {
                    ctx.response().setStatusCode(answer.status())
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                            .end(answer.body());
                    return;
                }
                if (answer.status() != 200) {
                    Problems.send(ctx, 502, "Bad Gateway", answer.route() + "-service answered " + answer.status() + "; nothing was assembled");
                    return;
                }
            }
            JsonObject document;
            try {
                document = assemble.apply(calls.stream().map(Future::result).toList());
            } catch (RuntimeException e) {
                LOG.warnf("privacy fan-out: an answer could not be read (%s)", e.getClass().getSimpleName());
                Problems.send(ctx, 502, "Bad Gateway", "a service's answer could not be read; nothing was assembled");
                return;
            }
            ctx.response().setStatusCode(200)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(document.toBuffer());
        });
    }
}
