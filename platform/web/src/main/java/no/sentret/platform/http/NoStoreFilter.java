package no.sentret.platform.http;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code Cache-Control: no-store} on every response that does not set its own: a service's answers
 * carry client codes and special-category records, and no browser, proxy or shared device may keep
 * them. Installed on the router, so the refusals the REST layer never sees (a body over the limit, a
 * bad request line) carry it too.
 */
@ApplicationScoped
public class NoStoreFilter {

    public static final String HEADER = "Cache-Control";

    void install(@Observes Router router) {
        install(router, BodyLimitProblem.ORDER - 2);
    }

    /** Health and metrics on the management interface are no one's to keep either. */
    void installOnManagementInterface(@Observes ManagementInterface management) {
        install(management.router(), BodyLimitProblem.ORDER - 2);
    }

    private static void install(Router router, int order) {
        router.route().order(order).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                if (!ctx.response().headers().contains(HEADER)) {
                    ctx.response().putHeader(HEADER, "no-store");
                }
            });
            ctx.next();
        });
    }
}
