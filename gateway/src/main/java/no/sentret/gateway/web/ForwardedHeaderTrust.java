package no.sentret.gateway.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start when Quarkus would take the client address from anybody's {@code X-Forwarded-For}:
 * with proxy address forwarding on, an empty {@code quarkus.http.proxy.trusted-proxies} means to Quarkus
 * that every address is a trusted proxy, and a caller could then pick its own address (and so its
 * rate-limit bucket) with a made-up header. An empty {@code QUARKUS_HTTP_PROXY_TRUSTED_PROXIES} is an
 * easy mistake to make; failing the start makes it visible at once.
 */
@ApplicationScoped
public class ForwardedHeaderTrust {

    @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding")
    boolean forwarding;

    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
    Optional<List<String>> trustedProxies;

    void check(@Observes StartupEvent event) {
        requireTrustedProxies(forwarding, trustedProxies);
    }

    static void requireTrustedProxies(boolean forwarding, Optional<List<String>> trustedProxies) {
        boolean noneListed = trustedProxies.map(list -> list.stream().allMatch(String::isBlank)).orElse(true);
        if (forwarding && noneListed) {
            throw new IllegalStateException("quarkus.http.proxy.trusted-proxies (QUARKUS_HTTP_PROXY_TRUSTED_PROXIES) is empty,"
                    + " which would trust X-Forwarded-For from every caller: list the ingress's addresses or CIDRs");
        }
    }
}
