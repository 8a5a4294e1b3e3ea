package no.sentret.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.sentret.gateway.GatewayConfig;

/** The configured routes; the longest matching prefix wins, and prefixes match whole path segments. */
@ApplicationScoped
public class RouteTable {

    private final List<UpstreamRoute> routes = new ArrayList<>();

    RouteTable(GatewayConfig config) {
        for (Map.Entry<String, GatewayConfig.Route> route : config.routes().entrySet()) {
            for (String prefix : route.getValue().prefixes()) {
                routes.add(UpstreamRoute.of(route.getKey(), prefix.replaceAll("/+$", ""), route.getValue()));
            }
        }
        routes.sort(Comparator.comparingInt((UpstreamRoute r) -> r.prefix().length()).reversed());
    }

    /** @return the name of the route serving {@code path}, or null for the gateway's own paths */
    public String nameOf(String path) {
        UpstreamRoute route = match(path);
        return route == null ? null : route.name();
    }

    /** The route's first prefix (every prefix of a route names the same service). */
    UpstreamRoute named(String name) {
        return routes.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    UpstreamRoute match(String path) {
        for (UpstreamRoute route : routes) {
            if (route.matches(path)) {
                return route;
            }
        }
        return null;
    }
}
