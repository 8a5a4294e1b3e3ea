package no.sentret.stats.freeze;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.problem.ProblemException;
import no.sentret.stats.facts.OsloCalendar;
import no.sentret.stats.report.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which years are frozen, and freezing a closed year now (before the nightly job would). */
@Path("/stats/frozen-years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics (admin)", description = "rebuild from the event streams; role admin")
@APIResponse(responseCode = "401", description = "no or invalid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "the token lacks the role", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class FrozenYearResource {

    private final YearFreezer freezer;

    public FrozenYearResource(YearFreezer freezer) {
        this.freezer = freezer;
    }

    @GET
    @RolesAllowed({"admin", "analyst"})
    @Operation(operationId = "frozenYears", summary = "The frozen years",
            description = "A frozen year's figures are final: its facts hold year-only pseudonyms instead of client codes, "
                    + "and events of it that arrive later are left out (counted in sentret_stats_frozen_year_events_total).")
    @APIResponse(responseCode = "200", description = "the frozen years, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = YearFreezer.FrozenYear.class)))
    public List<YearFreezer.FrozenYear> list() {
        return freezer.frozenYears();
    }

    @POST
    @Path("/{year}")
    @RolesAllowed("admin")
    @Operation(operationId = "freezeYear", summary = "Freeze a closed year now",
            description = "Re-keys the year's persons to year-only pseudonyms, every figure unchanged; from then on its events "
                    + "are left out. Only a year before the current one (Europe/Oslo). Freezing a frozen year changes nothing.")
    @APIResponse(responseCode = "200", description = "the year is frozen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearFreezer.FrozenYear.class)))
    @APIResponse(responseCode = "400", description = "not a year", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the year is not closed, or a rebuild is running",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public YearFreezer.FrozenYear freeze(@Parameter(description = "calendar year", example = "2022",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1990", maximum = "2200")) @PathParam("year") String year) {
        int y = Params.year("year", year);
        if (y >= OsloCalendar.date(Instant.now()).getYear()) {
            throw ProblemException.conflict("year", "only a closed year (before the current one) can be frozen");
        }
        if (freezer.freeze(y) == YearFreezer.Outcome.REBUILD_RUNNING) {
            throw ProblemException.conflict("year", "a rebuild is running; freeze when it has switched over");
        }
        return freezer.frozenYears().stream().filter(f -> f.year() == y).findFirst().orElseThrow();
    }
}
