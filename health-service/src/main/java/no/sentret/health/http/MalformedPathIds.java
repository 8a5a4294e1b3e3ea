package no.sentret.health.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.regex.Pattern;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A path id that is not a UUID is a 400 naming the parameter, never echoing it. Without this, JAX-RS
 * answers a failed path conversion with a bare 404 that names nothing (issue 17). Runs after
 * matching, before the parameters are converted. (A kit-wide version belongs in platform/web.)
 */
public class MalformedPathIds {

    /** The path parameters of this service that are UUIDs. */
    private static final Set<String> UUID_PARAMETERS = Set.of("id", "lineId");
    private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @ServerRequestFilter
    public Response refuseMalformed(ContainerRequestContext request) {
        for (var parameter : request.getUriInfo().getPathParameters(true).entrySet()) {
            if (UUID_PARAMETERS.contains(parameter.getKey())) {
                for (String value : parameter.getValue()) {
                    if (!CANONICAL.matcher(value).matches()) {
                        return ProblemResponses.of(Problem.forField(400, "Bad Request", parameter.getKey(), "must be a UUID"));
                    }
                }
            }
        }
        return null;
    }
}
