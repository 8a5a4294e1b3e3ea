package no.sentret.health.consultations;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is recording: the token's subject (stable in Keycloak, unlike a user name). */
@RequestScoped
public class Clinicians {

    private final SecurityIdentity identity;

    public Clinicians(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String current() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
