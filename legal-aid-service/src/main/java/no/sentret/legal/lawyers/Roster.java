package no.sentret.legal.lawyers;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.sentret.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The lawyer roster, and who the caller is on it: a lawyer is known by the token's subject, so
 * records name the roster entry, never a person.
 */
@ApplicationScoped
public class Roster {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public Roster(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    @Transactional
    public Lawyer register(RegisterLawyerRequest request) {
        if (Lawyer.bySubject(request.subject()) != null) {
            throw ProblemException.conflict("subject", "is already on the roster (a lawyer who left keeps the entry)");
        }
        Lawyer l = new Lawyer();
        l.id = UUID.randomUUID();
        l.subject = request.subject();
        l.kind = request.kind();
        l.registeredAt = no.sentret.platform.records.CentreTime.now();
        l.persist();
        return l;
    }

    @Transactional
    public List<Lawyer> all() {
        return Lawyer.listAll(io.quarkus.panache.common.Sort.by("registeredAt").and("id"));
    }

    /** The caller's roster entry; a lawyer token whose subject is not on the roster may not record. */
    @Transactional
    public Lawyer me() {
        Lawyer l = Lawyer.bySubject(subject());
        if (l == null) {
            throw ProblemException.forbidden("subject", "this lawyer is not on the roster (the legal coordinator adds lawyers)");
        }
        if (!l.active()) {
            throw ProblemException.forbidden("subject", "this lawyer has left the roster");
        }
        return l;
    }

    /** A lawyer named in a request body (lawyerId): unknown is a 422 naming the field. */
    public Lawyer referenced(UUID id, String field) {
        Lawyer l = Lawyer.findById(id);
        if (l == null) {
            throw ProblemException.unprocessable(field, "no lawyer on the roster has this id");
        }
        if (!l.active()) {
            throw ProblemException.unprocessable(field, "this lawyer has left the roster");
        }
        return l;
    }

    /** The caller's token subject (the identity provider's id for the person, nothing more). */
    public String callerSubject() {
        return subject();
    }

    private String subject() {
        String sub = token.getSubject();
        return sub != null ? sub : identity.getPrincipal().getName();
    }
}
