package no.sentret.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import no.sentret.gateway.GatewayConfig;

/**
 * Token buckets per client address and per principal, in memory. With several gateway replicas each
 * keeps its own buckets, so the effective limit is the configured one times the replica count.
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig.RateLimit config;
    private final ConcurrentMap<String, TokenBucket> byAddress = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, TokenBucket> byPrincipal = new ConcurrentHashMap<>();

    RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    /** @return 0 when allowed, otherwise whole seconds the caller should wait (for {@code Retry-After}) */
    public long admitAddress(String address) {
        return admit(byAddress, address, config.perAddress());
    }

    public long admitPrincipal(String principal) {
        return admit(byPrincipal, principal, config.perPrincipal());
    }

    private long admit(ConcurrentMap<String, TokenBucket> buckets, String key, GatewayConfig.Bucket limits) {
        if (!config.enabled() || key == null) {
            return 0;
        }
        long now = System.nanoTime();
        if (buckets.size() >= config.maxTrackedKeys()) {
            // a full bucket is indistinguishable from a fresh one: dropping it forgets nothing
            buckets.values().removeIf(b -> b.isFull(now));
        }
        long waitNanos = buckets
                .computeIfAbsent(key, k -> new TokenBucket(limits.capacity(), limits.refillPerSecond(), now))
                .tryTake(now);
        return waitNanos == 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
    }
}
