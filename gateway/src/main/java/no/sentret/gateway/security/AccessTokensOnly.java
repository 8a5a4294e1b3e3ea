package no.sentret.gateway.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Only an access token is a bearer token: an ID token ({@code typ} "ID"), handed to a client for its
 * own use, or a token without a type is refused however it is signed. The services require the same
 * claim through {@code quarkus.oidc.token.required-claims.typ}; the gateway cannot, because its
 * browser sessions are verified through their ID token and that setting would refuse those too.
 * A session's identity carries its ID token credential and passes.
 */
@ApplicationScoped
public class AccessTokensOnly implements SecurityIdentityAugmentor {

    static final String ACCESS_TOKEN_TYPE = "Bearer";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) != null
                || identity.getCredential(AccessTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && ACCESS_TOKEN_TYPE.equals(jwt.getClaim("typ"))) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("only an access token is a bearer token"));
    }
}
