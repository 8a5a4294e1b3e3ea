package no.sentret.visit.privacy;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.sentret.platform.privacy.subject.SubjectQuery;
import no.sentret.platform.privacy.subject.SubjectRecords;
import no.sentret.platform.privacy.subject.SubjectSection;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A data subject's access request, this service's part (the gateway assembles every service's into one
 * document at {@code /api/privacy/clients/{clientCode}/export}): every row held under the code and the codes merged into it (feedback is anonymous by design: none). Admin
 * (the privacy officer) only; the read is audited.
 */
@Path("/clients/{code}/export")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject requests", description = "The privacy officer's export of what is held under a client code. Admin only; audited.")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class SubjectExportResource {

    /** Every table that refers to a client code (a new one belongs here and in VisitErasure). */
    static final List<SubjectQuery> QUERIES = List.of(
            new SubjectQuery("client", "select * from client where code = ?1 or merged_into = ?1 order by registered_at, code"),
            new SubjectQuery("visits", "select * from visit where client_code = ?1 or client_code in (select code from client where merged_into = ?1) order by occurred_at, id"),
            new SubjectQuery("socialConsultations", "select * from social_consultation where client_code = ?1 or client_code in (select code from client where merged_into = ?1) order by occurred_at, id"),
            new SubjectQuery("healthTeamInvitations", "select * from health_team_invitation where client_code = ?1"));

    private final SubjectRecords records;

    public SubjectExportResource(SubjectRecords records) {
        this.records = records;
    }

    @GET
    @Operation(operationId = "exportVisitClient", summary = "Export what is held under a client code",
            description = "Every row under the code, per kind of record, as stored. The read is audited (resource client-export).")
    @APIResponse(responseCode = "200", description = "This service's section of the export", content = @Content(schema = @Schema(implementation = SubjectSection.class)))
    public SubjectSection export(@PathParam("code") String clientCode) {
        return records.export(clientCode, QUERIES);
    }
}
