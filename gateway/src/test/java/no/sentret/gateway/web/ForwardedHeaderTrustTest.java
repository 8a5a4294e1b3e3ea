package no.sentret.gateway.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An empty trusted-proxy list (to Quarkus: everyone) must stop the start while forwarding is on. */
class ForwardedHeaderTrustTest {

    @Test
    void forwardingWithoutTrustedProxiesRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> ForwardedHeaderTrust.requireTrustedProxies(true, Optional.empty()));
        assertThrows(IllegalStateException.class, () -> ForwardedHeaderTrust.requireTrustedProxies(true, Optional.of(List.of(""))));
    }

    @Test
    void listedProxiesOrNoForwardingStart() {
        assertDoesNotThrow(() -> ForwardedHeaderTrust.requireTrustedProxies(true, Optional.of(List.of("10.20.0.0/16"))));
        assertDoesNotThrow(() -> ForwardedHeaderTrust.requireTrustedProxies(false, Optional.empty()));
    }
}
