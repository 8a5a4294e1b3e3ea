package no.sentret.gateway.session;

import io.quarkus.oidc.SecurityEvent;
import io.quarkus.oidc.common.runtime.OidcConstants;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.sentret.gateway.GatewayConfig;
import java.time.Clock;
import java.time.Duration;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Browser sessions ended by a logout, so that a copy of the session cookie stops working at once. The
 * cookie is self-contained (encrypted tokens): clearing it in the browser that logged out leaves any copy
 * valid until its ID token expires. A logout at the gateway ({@code /logout}) and Keycloak's
 * back-channel logout (another tab, another device, an administrator ending the session) both put the
 * session's {@code sid} here; {@link RevokedSessionCheck} refuses any session with that {@code sid}
 * whose ID token was issued before the logout. Issued after: a new sign-in, a new session (a provider
 * may reuse a {@code sid}; the test OIDC server does).
 *
 * <p>An entry is kept as long as an ID token issued before the logout can live
 * ({@code sentret.gateway.revoked-sessions.keep-for}, the realm's token lifespan and a margin); after
 * that the cookie's token has expired and its refresh is refused by Keycloak, whose session ended. A
 * logout reaches one replica (the user's own, or Keycloak's back-channel call through the Service); it is
 * recorded here at once and announced ({@link SessionRevoked}) to {@link RevocationFeed}, which publishes it
 * to every other replica and {@link #record records} theirs here.
 */
@ApplicationScoped
public class RevokedSessions {

    private static final Logger LOG = Logger.getLogger(RevokedSessions.class);

    /** sid → when it was logged out (seconds since the epoch, as a token's {@code iat}) */
    private final Map<String, Long> loggedOutAt = new ConcurrentHashMap<>();
    private final Duration keepFor;
    private final Clock clock;

    private final Consumer<SessionRevoked> announce;

    @Inject
    RevokedSessions(GatewayConfig config, Event<SessionRevoked> announce) {
        this(config.revokedSessions().keepFor(), Clock.systemUTC(), announce::fire);
    }

    /** {@code announce}: told of each logout this replica receives, to pass it on ({@link RevocationFeed}). */
    public RevokedSessions(Duration keepFor, Clock clock, Consumer<SessionRevoked> announce) {
        this.keepFor = keepFor;
        this.clock = clock;
        this.announce = announce;
    }

    void onLogout(@Observes SecurityEvent event) {
        switch (event.getEventType()) {
            case OIDC_LOGOUT_RP_INITIATED, OIDC_BACKCHANNEL_LOGOUT_COMPLETED, OIDC_FRONTCHANNEL_LOGOUT_COMPLETED -> {
                if (event.getSecurityIdentity() != null && event.getSecurityIdentity().getPrincipal() instanceof JsonWebToken idToken) {
                    revoke(idToken.getClaim(OidcConstants.ID_TOKEN_SID_CLAIM));
                }
            }
            // Keycloak's back-channel call, once quarkus-oidc has verified its logout token: quarkus-oidc itself
            // only ends the session on the first request that comes back with it (then forgets the logout);
            // a second copy of the cookie would pass. COMPLETED above is that first request.
            case OIDC_BACKCHANNEL_LOGOUT_INITIATED -> revoke(logoutTokenSid(event.getEventProperties().get(OidcConstants.BACK_CHANNEL_LOGOUT_TOKEN)));
            default -> {
            }
        }
    }

    /** Ends every session with this {@code sid} signed in until now. */
    public void revoke(Object sid) {
        if (!(sid instanceof String id) || id.isEmpty()) {
            // Keycloak's logout tokens and ID tokens carry a sid; without one there is no session to name
            LOG.warn("a logout without a session id (sid): no session revoked at the gateway");
            return;
        }
        long at = clock.instant().getEpochSecond();
        record(id, at);
        announce.accept(new SessionRevoked(id, at));
    }

    /** A logout of session {@code sid} at {@code at} (epoch seconds), this replica's or another's; the later one counts. */
    public void record(String sid, long at) {
        purgeExpired();
        if (at >= clock.instant().minus(keepFor).getEpochSecond()) {
            loggedOutAt.merge(sid, at, Math::max);
        }
    }

    /** A session whose ID token has this {@code sid} and was issued at {@code issuedAt} (seconds) or earlier than its logout. */
    public boolean isRevoked(String sid, long issuedAt) {
        if (sid == null) {
            return false;
        }
        Long at = loggedOutAt.get(sid);
        return at != null && issuedAt <= at;
    }

    /**
     * The verified logout token's claims sit in a field quarkus-oidc does not publish
     * ({@code TokenVerificationResult.localVerificationResult}); read by reflection, and checked by
     * BackChannelLogoutTest (a quarkus-oidc upgrade that renames it fails that test, and until the
     * session's next request revokes it through OIDC_BACKCHANNEL_LOGOUT_COMPLETED).
     */
    static Object logoutTokenSid(Object verified) {
        if (verified == null) {
            return null;
        }
        try {
            Field claims = verified.getClass().getDeclaredField("localVerificationResult");
            claims.setAccessible(true);
            return claims.get(verified) instanceof JsonObject json ? json.getValue(OidcConstants.BACK_CHANNEL_LOGOUT_SID_CLAIM) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("could not read the logout token's sid: " + e.getClass().getSimpleName());
            return null;
        }
    }

    int size() {
        return loggedOutAt.size();
    }

    private void purgeExpired() {
        long oldest = clock.instant().minus(keepFor).getEpochSecond();
        loggedOutAt.values().removeIf(at -> at < oldest);
    }
}
