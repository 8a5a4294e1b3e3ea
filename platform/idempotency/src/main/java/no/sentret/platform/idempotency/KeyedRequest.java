package no.sentret.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The claim of the keyed request being served, for the transactions it runs ({@link WrittenMark}). */
@RequestScoped
class KeyedRequest {

    private Claim.New claim;

    Claim.New claim() {
        return claim;
    }

    void claim(Claim.New claim) {
        this.claim = claim;
    }
}
