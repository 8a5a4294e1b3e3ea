package no.sentret.platform.directory;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * What a service does with its records when a client code is erased: a bean implementing this is
 * called inside the transaction that applies the {@code ClientErased} event (the client directory's,
 * for the services that keep one), so the erasure and the consumer's progress commit together, and a
 * redelivered event erases nothing twice (every statement is idempotent).
 */
public interface ClientErasure {

    /** Statements with {@code ?1} the code: delete the client's rows, or unlink them (code set to null, notes deleted). */
    List<String> statements();

    /** Runs {@link #statements()} for each code; returns the rows changed. */
    static int run(EntityManager em, List<String> statements, List<String> codes) {
        int changed = 0;
        for (String code : codes) {
            for (String sql : statements) {
                changed += em.createNativeQuery(sql).setParameter(1, code).executeUpdate();
            }
        }
        return changed;
    }
}
