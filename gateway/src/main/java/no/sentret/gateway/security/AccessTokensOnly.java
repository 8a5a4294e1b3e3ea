package no.sentret.gateway.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Only an access token issued for our API is a bearer token: an ID token ({@code typ} "ID"), handed to a
 * client for its own use, a token without a type, or an access token whose {@code aud} does not name the
 * API ({@code sentret.api-audience}: a token the realm issued for another service) is refused however it is
 * signed. The services require the same through {@code quarkus.oidc.token.required-claims.typ} and
 * {@code quarkus.oidc.token.audience}; the gateway cannot require them of every token, because its browser
 * sessions are verified through their ID token (type "ID", audience the web client) and that setting would
 * refuse those too. A session's identity carries its ID token credential and passes.
 */
@ApplicationScoped
public class AccessTokensOnly implements SecurityIdentityAugmentor {

    static final String ACCESS_TOKEN_TYPE = "Bearer";

    private final String apiAudience;

    AccessTokensOnly(@ConfigProperty(name = "sentret.api-audience") String apiAudience) {
        this.apiAudience = apiAudience;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) != null
                || identity.getCredential(AccessTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && ACCESS_TOKEN_TYPE.equals(jwt.getClaim("typ"))
                && namesTheApi(jwt.getAudience())) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("only an access token for the API is a bearer token"));
    }

    private boolean namesTheApi(Set<String> audience) {
        return audience != null && audience.contains(apiAudience);
    }
}
