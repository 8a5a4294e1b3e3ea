package no.sentret.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The first augmentor: hands {@link VerifiedTokens} the identity quarkus-oidc has just built from a verified token. */
@ApplicationScoped
public class KeepVerifiedTokens implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    KeepVerifiedTokens(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE; // the identity as the provider built it, before any other augmentor changed it
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        tokens.remember(identity);
        return Uni.createFrom().item(identity);
    }
}
