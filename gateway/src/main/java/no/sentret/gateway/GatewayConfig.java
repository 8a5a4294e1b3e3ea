package no.sentret.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's own settings. The route table lives here (application.properties / environment),
 * not in code: adding a service is a configuration change.
 */
@ConfigMapping(prefix = "sentret.gateway")
public interface GatewayConfig {

    /** route name (e.g. {@code visit}) → where its path prefixes go */
    Map<String, Route> routes();

    /** largest request body passed on; larger bodies get 413 before (or while) they reach a service */
    @WithDefault("64K")
    MemorySize maxBodySize();

    RateLimit rateLimit();

    /** the value of {@code Strict-Transport-Security}; empty (no header) outside {@code %prod} */
    Optional<String> hsts();

    /** what the served public API document ({@code /api/openapi}) says about where the API and its provider are */
    PublicApi publicApi();

    interface PublicApi {
        /**
         * The gateway's public base URL, e.g. {@code https://sentret.example.kommune.no}, written into the document's
         * {@code servers}; empty: the scheme and host the document was fetched from (behind trusted proxies, as
         * they forwarded them).
         */
        Optional<String> serverUrl();

        /** The OIDC provider's issuer URL as callers reach it (discovery, authorization and token URLs are under it). */
        @WithDefault("${quarkus.oidc.auth-server-url}")
        String oidcIssuer();
    }

    RevokedSessions revokedSessions();

    interface RevokedSessions {
        /** how long a logged-out session's id is refused: longer than any ID token issued before the logout lives */
        @WithDefault("20M")
        Duration keepFor();

        /** the compacted topic every replica publishes its logouts to and reads every replica's from */
        @WithDefault("gateway-revoked-sessions")
        String topic();

        /**
         * how long a replica may go without confirming it has read every logout the broker holds before it
         * refuses browser sessions (503): the bound on a logout reaching every replica, broker outage included
         */
        @WithDefault("10S")
        Duration maxStaleness();
    }

    interface Route {
        /** public path prefixes, each starting with {@code /api/} */
        List<String> prefixes();

        /** the service's base URL, e.g. {@code http://localhost:8181} */
        String url();

        /** removed from the path before it is sent upstream: {@code /api/visits/1} → {@code /visits/1} */
        @WithDefault("/api")
        String stripPrefix();

        @WithDefault("2s")
        Duration connectTimeout();

        /** how long the service may stay silent (before and between response bytes) before the caller gets 504 */
        @WithDefault("30s")
        Duration readTimeout();

        /**
         * A coarse gate at the edge: the caller needs one of these roles. Empty: any authenticated
         * caller. The service checks its own, finer rules again.
         */
        Optional<Set<String>> roles();

        /** name of the service's committed document {@code openapi/<name>.yaml}, merged into the public API */
        Optional<String> openapi();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** per authenticated principal (token subject) */
        Bucket perPrincipal();

        /** per client address (after {@code quarkus.http.proxy.*} forwarding rules), authenticated or not */
        Bucket perAddress();

        /** buckets kept in memory; idle (full) buckets are dropped first when this is exceeded */
        @WithDefault("100000")
        int maxTrackedKeys();
    }

    interface Bucket {
        /** burst size */
        int capacity();

        /** sustained requests per second */
        double refillPerSecond();
    }
}
