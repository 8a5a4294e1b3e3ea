package no.sentret.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token's signature checked once for its lifetime, not once per request (issue 20: the RS256
 * check, jose4j's parsing and the identity's construction were ~14 % of a click's CPU). quarkus-oidc caches
 * introspection and UserInfo results only ({@code quarkus.oidc.token-cache}), not a locally verified JWT.
 * <p>
 * How: quarkus-oidc verifies a token it has not seen (signature, issuer, expiry, as configured);
 * {@link KeepVerifiedTokens}, the last augmentor, keeps the identity every augmentor accepted, keyed by the exact
 * token string; the next request with the same string gets that identity from {@link KnownBearerTokens}, the
 * first authentication mechanism asked, before quarkus-oidc's mechanism decodes the token again (measured:
 * quarkus-oidc's bearer mechanism base64-decodes and parses every token's claims into a JSON object on each
 * request, ~6 % of the gateway's CPU, before any identity provider is asked). Only successfully verified
 * bearer access tokens are kept (a refused or forged token is verified, and refused, every time, as before; a browser session's
 * identity is never kept). An entry lasts until the token's {@code exp} or {@code max-age} after its
 * verification, whichever is first (so a key withdrawn from the realm stops tokens it signed within
 * {@code max-age}); the cache holds at most {@code max-entries} tokens.
 */
@ApplicationScoped
public class VerifiedTokens {

    @ConfigMapping(prefix = "sentret.verified-tokens")
    public interface Config {
        /** false verifies every request's token again (quarkus-oidc alone). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("10000")
        int maxEntries();

        @WithDefault("60s")
        Duration maxAge();
    }

    private record Entry(SecurityIdentity identity, long validUntilMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final boolean enabled;
    private final int maxEntries;
    private final long maxAgeMillis;
    private final LongSupplier clock;

    @Inject
    VerifiedTokens(Config config) {
        this(config.enabled(), config.maxEntries(), config.maxAge(), System::currentTimeMillis);
    }

    VerifiedTokens(boolean enabled, int maxEntries, Duration maxAge, LongSupplier clock) {
        this.enabled = enabled;
        this.maxEntries = maxEntries;
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clock;
    }

    /**
     * The identity a known, still valid token had when it was verified, for this request; null when the token
     * is unknown (quarkus-oidc then verifies it).
     */
    SecurityIdentity find(String token, RoutingContext routingContext) {
        if (!enabled || token == null) {
            return null;
        }
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() >= entry.validUntilMillis()) {
            entries.remove(token, entry);
            return null;
        }
        hits.increment();
        return forThisRequest(entry.identity(), routingContext);
    }

    /** The identity carries its request's routing context (quarkus-oidc puts it there): give it the current one. */
    private static SecurityIdentity forThisRequest(SecurityIdentity cached, RoutingContext routingContext) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(cached);
        builder.addAttribute(RoutingContext.class.getName(), routingContext);
        builder.addAttribute(AuthenticationRequestContext.class.getName(),
                routingContext == null ? null : routingContext.get(AuthenticationRequestContext.class.getName()));
        return builder.build();
    }

    /** Keeps a bearer access token's identity as quarkus-oidc verified it and every augmentor accepted it ({@link KeepVerifiedTokens}). */
    void remember(SecurityIdentity identity) {
        if (!enabled) {
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null || identity.getCredential(IdTokenCredential.class) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || entries.containsKey(token.getToken())) {
            return;
        }
        long now = clock.getAsLong();
        long validUntil = Math.min(jwt.getExpirationTime() * 1000, now + maxAgeMillis);
        if (validUntil <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> e.validUntilMillis() <= now);
            if (entries.size() >= maxEntries) {
                entries.clear(); // bounded: a flood of valid tokens costs verifications, never memory
            }
        }
        entries.put(token.getToken(), new Entry(identity, validUntil));
    }

    int size() {
        return entries.size();
    }

    /** Requests answered from the cache, without a verification. */
    public long hits() {
        return hits.sum();
    }
}
