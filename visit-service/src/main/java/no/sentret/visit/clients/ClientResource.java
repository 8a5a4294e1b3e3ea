package no.sentret.visit.clients;

import no.sentret.platform.records.ClientCodes;
import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.EXAMPLE_400;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.TOO_LARGE;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/clients")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "The pseudonymous client registry: a code and coarse categories, never a name or contact detail")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM,
        schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid enum", value = EXAMPLE_400)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ClientResource {

    private static final int PREFIX_MATCHES = 20;

    private final ClientService clients;
    private final ClientLookup lookup;
    private final SecurityIdentity identity;

    public ClientResource(ClientService clients, ClientLookup lookup, SecurityIdentity identity) {
        this.clients = clients;
        this.lookup = lookup;
        this.identity = identity;
    }

    @POST
    @Operation(operationId = "registerClient", summary = "Register a client", description = "Issues a code from an unambiguous alphabet, or takes the chosen one "
            + "when free and valid. firstRegisteredOn earlier than today (importing older records) needs the admin role.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "409", description = "The chosen code is taken", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid RegisterClientRequest request) {
        ClientView view = ClientView.of(clients.register(request, identity.hasRole(Roles.ADMIN)));
        return Response.created(URI.create("/clients/" + view.code())).entity(view).build();
    }

    @GET
    @Path("/{code}")
    @Transactional
    @Operation(operationId = "getClient", summary = "Read a client", description = "A code merged into another resolves to the surviving client.")
    @APIResponse(responseCode = "200", description = "The client", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No client has this code", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ClientView get(@Parameter(example = "K7M3QX") @PathParam("code") String code) {
        return ClientView.of(lookup.resolve(code));
    }

    @PATCH
    @Path("/{code}")
    @Operation(operationId = "updateClient", summary = "Change a client's attributes", description = "Merge-patch semantics: properties left out stay, null clears.")
    @APIResponse(responseCode = "200", description = "The client after the change", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No client has this code", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ClientView update(@Parameter(example = "K7M3QX") @PathParam("code") String code, @NotNull @Valid ClientPatch patch) {
        return ClientView.of(clients.update(code, patch, identity.hasRole(Roles.ADMIN)));
    }

    @GET
    @Transactional
    @Operation(operationId = "findClients", summary = "Find clients by code prefix", description = "For the front desk: up to 20 active clients whose code "
            + "(or a code merged into them) starts with the prefix, case-insensitive.")
    @APIResponse(responseCode = "200", description = "Matching clients, by code",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = ClientView.class)))
    public List<ClientView> byPrefix(@Parameter(required = true, example = "K7") @QueryParam("codePrefix") String codePrefix) {
        String prefix = ClientCodes.normalise(codePrefix);
        if (prefix == null || prefix.isEmpty()) {
            throw ProblemException.invalid("codePrefix", "is required");
        }
        if (!ClientCodes.isValidPrefix(prefix)) {
            throw ProblemException.invalid("codePrefix", "must be 1-12 characters from " + ClientCodes.ALPHABET);
        }
        return Client.byCodePrefix(prefix, PREFIX_MATCHES).stream().map(ClientView::of).toList();
    }

    @POST
    @Path("/{code}/merge")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "mergeClients", summary = "Merge a duplicate registration into another client (admin)",
            description = "The code in the path is retired and resolves to survivingCode everywhere from now on; "
                    + "the survivor keeps the earlier firstRegisteredOn of the two.")
    @APIResponse(responseCode = "200", description = "The surviving client", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No client has the code in the path", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code was already merged", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "survivingCode names no client", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ClientView merge(@Parameter(example = "Q4WXZ9") @PathParam("code") String code, @NotNull @Valid MergeRequest request) {
        return ClientView.of(clients.merge(code, request.survivingCode()));
    }
}
