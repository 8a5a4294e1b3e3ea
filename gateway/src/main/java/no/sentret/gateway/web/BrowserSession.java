package no.sentret.gateway.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import no.sentret.gateway.problem.Problems;

/**
 * What the web frontend needs from the browser's session: {@code GET /me} (the user's name and
 * roles, so a screen shows only what the roles allow; the token itself never reaches JavaScript),
 * and the CSRF defence for the API calls the session cookie authenticates.
 *
 * <p>CSRF: double submit. {@code /me} sets a random token in an HttpOnly, SameSite=Strict cookie and
 * returns the same token in its body; a state-changing {@code /api} call that is authenticated by the
 * session cookie (no {@code Authorization} header) must send it back in {@code X-CSRF-Token}. Another
 * site can make the browser send the cookies, but cannot read {@code /me} (same-origin policy, no CORS
 * for it) and so cannot set the header. Bearer-token callers are not cookie-authenticated and need no token.
 */
public final class BrowserSession {

    public static final String CSRF_COOKIE = "sentret_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean secureCookie;

    public BrowserSession(boolean secureCookie) {
        this.secureCookie = secureCookie;
    }

    /** {@code GET /me}: 200 {name, roles, csrfToken} with a session, 401 problem without one. */
    public void me(RoutingContext ctx) {
        Context context = Vertx.currentContext();
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, failure) -> {
        });
        Uni<SecurityIdentity> deferred = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        (deferred == null ? Uni.createFrom().<SecurityIdentity>nullItem() : deferred).subscribe().with(
                identity -> onContext(context, () -> answer(ctx, identity)),
                failure -> onContext(context, () -> answer(ctx, null)));
    }

    private void answer(RoutingContext ctx, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            Problems.send(ctx, 401, "Unauthorized", "not signed in");
            return;
        }
        Cookie existing = ctx.request().getCookie(CSRF_COOKIE);
        String token = existing != null && existing.getValue().length() >= 32 ? existing.getValue() : newToken();
        if (existing == null || !token.equals(existing.getValue())) {
            ctx.response().addCookie(Cookie.cookie(CSRF_COOKIE, token)
                    .setPath("/").setHttpOnly(true).setSecure(secureCookie).setSameSite(CookieSameSite.STRICT));
        }
        JsonObject body = new JsonObject()
                .put("name", identity.getPrincipal().getName())
                .put("roles", new JsonArray(new TreeSet<>(identity.getRoles()).stream().toList()))
                .put("csrfToken", token);
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body.toBuffer());
    }

    /** A request authenticated by the session cookie (a bearer token, when both are sent, is what counts). */
    public static boolean carriesSession(RoutingContext ctx) {
        return ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && ctx.request().cookies().stream().anyMatch(c -> c.getName().startsWith("q_session"));
    }

    /**
     * True when the request may pass: a safe method, a bearer-token call, a call without a session
     * cookie (it will be refused as unauthenticated anyway), or a matching double-submitted token.
     */
    public static boolean csrfAllows(RoutingContext ctx) {
        if (SAFE.contains(ctx.request().method()) || ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        boolean session = ctx.request().cookies().stream().anyMatch(c -> c.getName().startsWith("q_session"));
        if (!session) {
            return true;
        }
        Cookie cookie = ctx.request().getCookie(CSRF_COOKIE);
        String header = ctx.request().getHeader(CSRF_HEADER);
        return cookie != null && header != null && !header.isEmpty()
                && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
