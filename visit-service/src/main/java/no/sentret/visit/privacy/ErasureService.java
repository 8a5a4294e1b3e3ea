package no.sentret.visit.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.privacy.subject.ClientErased;
import no.sentret.platform.privacy.subject.SubjectRecords;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import no.sentret.visit.clients.Client;
import no.sentret.visit.clients.ClientLookup;

/**
 * Erases a client (the privacy officer's data-subject request): what visit-service holds goes now, and
 * ClientErased on visit-events, in the same transaction, tells every other service and the statistics.
 * The code named may be a merged one: the client it stands for is erased, with every code merged into it.
 */
@ApplicationScoped
public class ErasureService {

    private final EntityManager em;
    private final ClientLookup lookup;
    private final DomainEvents events;
    private final AuditLog audit;

    public ErasureService(EntityManager em, ClientLookup lookup, DomainEvents events, AuditLog audit) {
        this.em = em;
        this.lookup = lookup;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public ClientErased erase(String code) {
        Client client = lookup.resolveForUpdate(SubjectRecords.validCode(code));
        List<String> codes = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> merged = em.createNativeQuery("select code from client where merged_into = ?1 order by code")
                .setParameter(1, client.code).getResultList();
        codes.addAll(merged);
        codes.add(client.code);
        // the rows go by statement, as in every other service (the kit's ClientErasure): nothing managed may be flushed over them
        em.flush();
        em.clear();
        for (String erased : codes) {
            for (String sql : VisitErasure.STATEMENTS) {
                em.createNativeQuery(sql).setParameter(1, erased).executeUpdate();
            }
        }
        Instant now = CentreTime.now();
        ClientErased erased = new ClientErased(client.code, List.copyOf(codes), now);
        events.append(erased, client.code, now);
        audit.record("ERASE", "client", client.code);
        return erased;
    }
}
