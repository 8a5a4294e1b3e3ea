package no.sentret.health.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.sentret.health.consultations.Clinicians;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.privacy.NoPersonalData;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The neutral front-desk flag. Its events carry the client code and nothing else, so visit-service
 * can show "please ask to see the health team" without learning why.
 */
@ApplicationScoped
public class InvitationService {

    /** Payloads on health-events (openapi/events/HealthTeamInvitation*.schema.json): the client code only. */
    public record HealthTeamInvitationRequested(String clientCode) {
    }

    public record HealthTeamInvitationCleared(String clientCode) {
    }

    @Schema(name = "RequestHealthTeamInvitation")
    public record InvitationRequest(@Schema(required = true, example = "K7M3QX") @NotBlank @Size(max = 12) @NoPersonalData String clientCode) {
    }

    @Schema(name = "HealthTeamInvitation")
    public record InvitationView(UUID id, String clientCode, Instant requestedAt, @Schema(nullable = true) Instant clearedAt) {
        static InvitationView of(HealthTeamInvitation i) {
            return new InvitationView(i.id, i.clientCode, i.requestedAt, i.clearedAt);
        }
    }

    @Schema(name = "HealthTeamInvitations")
    public record InvitationList(List<InvitationView> items) {
    }

    private final ClientDirectory directory;
    private final DomainEvents events;
    private final AuditLog audit;
    private final Clinicians clinicians;

    public InvitationService(ClientDirectory directory, DomainEvents events, AuditLog audit, Clinicians clinicians) {
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.clinicians = clinicians;
    }

    @Transactional
    public InvitationView request(InvitationRequest request) {
        String code = directory.resolveReferenced(request.clientCode(), "clientCode");
        if (standing(code, false) != null) {
            throw ProblemException.conflict("clientCode", "this client is already invited to see the health team");
        }
        HealthTeamInvitation i = new HealthTeamInvitation();
        i.id = UUID.randomUUID();
        i.clientCode = code;
        i.requestedAt = CentreTime.now();
        i.requestedBy = clinicians.current();
        i.persist();
        events.append(new HealthTeamInvitationRequested(code), code, i.requestedAt);
        return InvitationView.of(i);
    }

    @Transactional
    public InvitationView clear(String clientCode) {
        String code = directory.resolveReferenced(clientCode, "clientCode");
        HealthTeamInvitation i = standing(code, true);
        if (i == null) {
            throw ProblemException.notFound("clientCode", "this client has no standing invitation");
        }
        i.clearedAt = CentreTime.now();
        i.clearedBy = clinicians.current();
        events.append(new HealthTeamInvitationCleared(i.clientCode), i.clientCode, i.clearedAt);
        return InvitationView.of(i);
    }

    @Transactional
    public InvitationList standingList() {
        List<InvitationView> items = HealthTeamInvitation.<HealthTeamInvitation>list("clearedAt is null order by requestedAt, id")
                .stream().map(InvitationView::of).toList();
        audit.read("health-team-invitations", "standing");
        return new InvitationList(items);
    }

    /** The client's standing invitation, also one made under a code merged into it since. */
    private HealthTeamInvitation standing(String code, boolean lock) {
        List<String> codes = directory.recordCodes(code, "clientCode");
        var query = HealthTeamInvitation.<HealthTeamInvitation>find("clientCode in ?1 and clearedAt is null", codes);
        if (lock) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResult();
    }
}
