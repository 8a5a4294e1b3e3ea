package no.sentret.platform.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The first authentication mechanism asked: a request whose {@code Authorization: Bearer} token was verified
 * before (and is still within its lifetime, {@link VerifiedTokens}) gets that token's identity here; any other
 * request (no bearer token, an unknown or expired one, a browser session) is left to quarkus-oidc's mechanism,
 * which verifies it and, when it passes, hands its identity to {@link KeepVerifiedTokens}.
 * <p>
 * It names no credential transport (so it never competes with quarkus-oidc for a path that selects the bearer
 * mechanism by name) and sends no challenge (a refused request gets quarkus-oidc's).
 */
@ApplicationScoped
public class KnownBearerTokens implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final VerifiedTokens tokens;

    KnownBearerTokens(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        SecurityIdentity known = tokens.find(bearerToken(context.request().getHeader(HttpHeaders.AUTHORIZATION)), context);
        return known == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(known);
    }

    /** The token of an {@code Authorization: Bearer <token>} header (the scheme in any case), else null. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).trim();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(); // asks no identity provider
    }

    @Override
    public int getPriority() {
        return 2000; // before quarkus-oidc's mechanism (DEFAULT_PRIORITY + 1)
    }
}
