package no.sentret.legal.privacy;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;
import static no.sentret.platform.records.ProblemDocs.UNKNOWN_CLIENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.privacy.subject.SubjectRelease;
import no.sentret.platform.privacy.subject.SubjectReleases;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The lawyers' side of a data subject's access request: what the privacy officer has asked for, and the release
 * that lets the officer's export hold a client's inquiries and cases (the lawyer keeps the record and decides what
 * leaves it; nobody else reads legal records, the privacy officer otherwise reads the audit log).
 */
@Path("/legal-aid/export-requests")
@RolesAllowed(Roles.LAWYER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject requests", description = "The privacy officer's export of what is held under a client code (admin), "
        + "and the record keepers' release of special-category records in it (clinicians, lawyers). Audited.")
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ExportReleaseResource {

    private final SubjectReleases releases;
    private final ClientDirectory directory;

    public ExportReleaseResource(SubjectReleases releases, ClientDirectory directory) {
        this.releases = releases;
        this.directory = directory;
    }

    @GET
    @Operation(operationId = "listLegalExportRequests", summary = "The privacy officer's requests awaiting a lawyer's release",
            description = "Oldest first. Audited (resource client-export-requests).")
    @APIResponse(responseCode = "200", description = "The requests awaiting release",
            content = @Content(schema = @Schema(implementation = SubjectRelease.class, type = SchemaType.ARRAY)))
    public List<SubjectRelease> awaiting() {
        return releases.awaiting();
    }

    @POST
    @Path("/{clientCode}/release")
    @Operation(operationId = "releaseLegalExport", summary = "Release a client's legal records to the privacy officer's export",
            description = "Asked for or not; for 30 days (sentret.privacy.release-valid-for). Audited (action RELEASE, resource client-export).")
    @APIResponse(responseCode = "200", description = "Released", content = @Content(schema = @Schema(implementation = SubjectRelease.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = UNKNOWN_CLIENT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SubjectRelease release(@PathParam("clientCode") String clientCode) {
        return releases.release(clientCode, directory::exists);
    }
}
