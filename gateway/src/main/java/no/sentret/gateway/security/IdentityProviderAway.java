package no.sentret.gateway.security;

import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.sentret.gateway.problem.Problems;
import org.jboss.logging.Logger;

/**
 * Keycloak down or unreachable while a browser needs to sign in: quarkus-oidc fails the request (its tenant
 * could not be set up from the provider's discovery document), and Quarkus's last failure handler answered a
 * bare 500. It is a passing outage of a dependency, like an upstream service's: a 503 problem with Retry-After,
 * and the log says which dependency. Bearer callers are not affected (their tokens are checked with the keys
 * already fetched, or refused with a 401).
 */
@ApplicationScoped
public class IdentityProviderAway {

    private static final Logger LOG = Logger.getLogger(IdentityProviderAway.class);

    /** Before the kit's router-refusal handler and Quarkus's own last one. */
    static final int FAILURE_ORDER = Integer.MAX_VALUE - 2_000;

    void register(@Observes Router router) {
        router.route().order(FAILURE_ORDER).failureHandler(this::answer);
    }

    private void answer(RoutingContext ctx) {
        if (ctx.response().ended() || !providerUnreachable(ctx.failure())) {
            ctx.next();
            return;
        }
        LOG.warnf("sign-in refused with 503: the identity provider is unreachable (%s)", ctx.failure().getMessage());
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "10");
        Problems.send(ctx, 503, "Service Unavailable", "signing in is not possible right now; try again shortly");
    }

    static boolean providerUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
