package no.sentret.health.privacy;

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
import no.sentret.platform.directory.ClientDirectory;
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
 * document at {@code /api/privacy/clients/{clientCode}/export}): every row held under the code. Admin
 * (the privacy officer) only, and the rows only once a clinician has released them ({@link ExportReleaseResource}):
 * the privacy officer reads the audit log, not health records (issue 10). A read of the rows is audited.
 */
@Path("/health/clients/{clientCode}/export")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject requests", description = "The privacy officer's export of what is held under a client code (admin), "
        + "and the record keepers' release of special-category records in it (clinicians, lawyers). Audited.")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class SubjectExportResource {

    /** Every table that refers to a client code (a new one belongs here and in HealthErasure). */
    static final List<SubjectQuery> QUERIES = List.of(
            new SubjectQuery("consultations", "select * from consultation where client_code = ?1 order by occurred_at, id"),
            new SubjectQuery("serviceLines", "select * from service_line where client_code = ?1 order by occurred_at, id"),
            new SubjectQuery("testResultChanges", "select c.* from test_result_change c join service_line l on l.id = c.line_id where l.client_code = ?1 order by c.id"),
            new SubjectQuery("campaignContacts", "select * from campaign_contact where client_code = ?1 order by occurred_at, id"),
            new SubjectQuery("healthTeamInvitations", "select * from health_team_invitation where client_code = ?1 order by requested_at"));

    private final SubjectRecords records;
    private final ClientDirectory directory;

    public SubjectExportResource(SubjectRecords records, ClientDirectory directory) {
        this.records = records;
        this.directory = directory;
    }

    @GET
    @Operation(operationId = "exportHealthClient", summary = "Export what is held under a client code",
            description = "Every row under the code, per kind of record, as stored, once a clinician has released them (POST "
                    + "/health/export-requests/{clientCode}/release); until then no rows, and the request waits in the clinicians' "
                    + "list (release.status REQUESTED). A read of the rows is audited (resource client-export).")
    @APIResponse(responseCode = "200", description = "This service's section of the export", content = @Content(schema = @Schema(implementation = SubjectSection.class)))
    public SubjectSection export(@PathParam("clientCode") String clientCode) {
        return records.exportOnRelease(clientCode, QUERIES, directory::exists);
    }
}
