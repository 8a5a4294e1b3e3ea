package no.sentret.gateway.routing;

import java.net.URI;
import java.util.Set;
import no.sentret.gateway.GatewayConfig;

/** One public prefix of a configured route, resolved for fast use per request. */
record UpstreamRoute(String name, String prefix, String stripPrefix, String host, int port, boolean ssl,
        String basePath, long connectTimeoutMillis, long readTimeoutMillis, Set<String> roles) {

    static UpstreamRoute of(String name, String prefix, GatewayConfig.Route config) {
        URI url = URI.create(config.url());
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
        String basePath = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        if (!prefix.startsWith(config.stripPrefix())) {
            throw new IllegalArgumentException("route " + name + ": prefix " + prefix
                    + " does not start with its strip-prefix " + config.stripPrefix());
        }
        return new UpstreamRoute(name, prefix, config.stripPrefix(), url.getHost(), port, ssl, basePath,
                config.connectTimeout().toMillis(), config.readTimeout().toMillis(),
                config.roles().orElse(Set.of()));
    }

    /** {@code /api/visits/7?x=1} → {@code <basePath>/visits/7?x=1} */
    String upstreamUri(String uri) {
        return basePath + uri.substring(stripPrefix.length());
    }

    boolean matches(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?");
    }
}
