package no.sentret.gateway.session;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.common.runtime.OidcConstants;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A browser session that was logged out is refused on every request, whichever copy of its cookie comes back. */
@ApplicationScoped
public class RevokedSessionCheck implements SecurityIdentityAugmentor {

    private final RevokedSessions revoked;

    RevokedSessionCheck(RevokedSessions revoked) {
        this.revoked = revoked;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // bearer callers have no session (their token's own expiry bounds them); a session's principal is its ID token
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null
                || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return Uni.createFrom().item(identity);
        }
        Object sid = idToken.getClaim(OidcConstants.ID_TOKEN_SID_CLAIM);
        Number issuedAt = idToken.getClaim(Claims.iat.name());
        if (sid instanceof String id && revoked.isRevoked(id, issuedAt == null ? 0 : issuedAt.longValue())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the session was logged out"));
        }
        return Uni.createFrom().item(identity);
    }
}
