package no.sentret.platform.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Applies a batch of registry changes in one transaction. Every statement is an idempotent upsert,
 * and none depends on the order of events from different partitions (a merge may arrive before the
 * duplicate's registration), so a batch delivered twice, or out of order, ends in the same table.
 */
@ApplicationScoped
class DirectoryWriter {

    private static final Logger LOG = Logger.getLogger("sentret.privacy");

    private final EntityManager em;
    private final Instance<ClientErasure> erasures;

    DirectoryWriter(EntityManager em, Instance<ClientErasure> erasures) {
        this.em = em;
        this.erasures = erasures;
    }

    void apply(List<RegistryChange> changes) {
        QuarkusTransaction.requiringNew().run(() -> changes.forEach(this::apply));
    }

    private void apply(RegistryChange change) {
        if (change instanceof RegistryChange.Registered r) {
            em.createNativeQuery("""
                    insert into client_directory (code, registered, first_registered_on) values (?1, true, ?2)
                    on conflict (code) do update set registered = true, first_registered_on = excluded.first_registered_on, updated_at = now()""")
                    .setParameter(1, r.code()).setParameter(2, r.firstRegisteredOn()).executeUpdate();
        } else if (change instanceof RegistryChange.Merged m) {
            em.createNativeQuery("""
                    insert into client_directory (code, registered, merged_into) values (?1, false, ?2)
                    on conflict (code) do update set merged_into = excluded.merged_into, updated_at = now()""")
                    .setParameter(1, m.mergedCode()).setParameter(2, m.survivingCode()).executeUpdate();
        } else if (change instanceof RegistryChange.Erased e) {
            // the service's records first, then the code itself: from now on it is unknown here (a 422)
            int changed = 0;
            for (ClientErasure erasure : erasures) {
                changed += ClientErasure.run(em, erasure.statements(), e.codes());
            }
            for (String code : e.codes()) {
                em.createNativeQuery("delete from client_directory where code = ?1").setParameter(1, code).executeUpdate();
            }
            // no code in the log: the line says that an erasure was applied, not to whom
            LOG.infof("client erased: %d codes, %d rows removed or unlinked", e.codes().size(), changed);
        } else if (change instanceof RegistryChange.Seen s) {
            em.createNativeQuery("""
                    update client_directory set last_seen_at = greatest(last_seen_at, ?2), updated_at = now() where code = ?1""")
                    .setParameter(1, s.code()).setParameter(2, s.at()).executeUpdate();
        }
    }
}
