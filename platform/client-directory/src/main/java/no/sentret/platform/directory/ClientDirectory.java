package no.sentret.platform.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.ClientCodes;

/**
 * Whether a client code exists and which code it stands for now, answered from this service's own
 * copy of the registry (see {@link DirectoryFeed}), so recording a health consultation never calls
 * visit-service. A code registered at the front desk reaches the directory within about a second
 * (the outbox publishes on commit); until then it is refused with a 422 that says so.
 */
@ApplicationScoped
public class ClientDirectory {

    /** Merges are folded transitively; more hops than this means a cycle, which visit-service forbids. */
    private static final int MAX_HOPS = 32;

    private final EntityManager em;

    public ClientDirectory(EntityManager em) {
        this.em = em;
    }

    /**
     * The code a request body's {@code field} refers to now: the code itself, or the survivor it
     * was merged into. An unknown code is a 422 naming {@code field}.
     */
    @Transactional
    public String resolveReferenced(String code, String field) {
        String current = ClientCodes.normalise(code);
        if (!ClientCodes.isValid(current)) {
            throw ProblemException.invalid(field, "is not a client code (4-12 characters from " + ClientCodes.ALPHABET + ")");
        }
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Object[] row = row(current);
            if (row == null) {
                if (hop == 0) {
                    throw ProblemException.unprocessable(field, "no client has this code (a code registered in the last "
                            + "few seconds may not have reached this service yet: try again shortly)");
                }
                // the survivor's registration is still on its way; the merge proves it exists
                return current;
            }
            String mergedInto = (String) row[0];
            if (mergedInto == null) {
                return current;
            }
            current = mergedInto;
        }
        throw new IllegalStateException("client directory: merge chain longer than " + MAX_HOPS + " from " + code);
    }

    /** The codes whose records belong to the client {@code code} stands for: its survivor and every code merged into it. */
    @Transactional
    public List<String> recordCodes(String code, String field) {
        String root = resolveReferenced(code, field);
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("""
                with recursive merged(code) as (
                    select cast(?1 as varchar)
                    union
                    select d.code from client_directory d join merged m on d.merged_into = m.code)
                select code from merged""").setParameter(1, root).getResultList();
        return codes;
    }

    /** Whether the directory knows the code (registered, or named by a merge). */
    @Transactional
    public boolean exists(String code) {
        String normalised = ClientCodes.normalise(code);
        return ClientCodes.isValid(normalised) && row(normalised) != null;
    }

    private Object[] row(String code) {
        List<?> rows = em.createNativeQuery("select merged_into, registered from client_directory where code = ?1")
                .setParameter(1, code).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }
}
