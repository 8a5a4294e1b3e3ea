package no.sentret.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The last augmentor: hands {@link VerifiedTokens} the identity quarkus-oidc built from a verified token, as every
 * other augmentor left it. A cache hit ({@link KnownBearerTokens}) skips the augmentors, so what is kept must be
 * their result: an augmentor that refuses a token (the gateway's {@code AccessTokensOnly}) fails before this one
 * runs, and the token is never kept.
 */
@ApplicationScoped
public class KeepVerifiedTokens implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    KeepVerifiedTokens(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE; // after every other augmentor
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        tokens.remember(identity);
        return Uni.createFrom().item(identity);
    }
}
