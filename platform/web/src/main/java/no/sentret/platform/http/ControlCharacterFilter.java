package no.sentret.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.sentret.platform.json.StrictValues;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A control character (NUL above all, which PostgreSQL refuses in text) in a path segment or a query
 * parameter is a 400 naming the parameter, before any endpoint reads it: no identifier, code or
 * filter of ours contains one. Bodies are checked by the kit's strict JSON.
 */
public class ControlCharacterFilter {

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    @ServerRequestFilter(preMatching = true)
    public Response refuseControlCharacters(ContainerRequestContext request) {
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            if (StrictValues.hasControlCharacter(segment.getPath())) {
                return refuse("path");
            }
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean bad = StrictValues.hasControlCharacter(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(StrictValues::hasControlCharacter);
            if (bad) {
                String name = PARAMETER_NAME.matcher(parameter.getKey()).matches() ? parameter.getKey() : "query";
                return refuse(name);
            }
        }
        return null;
    }

    private static Response refuse(String field) {
        return ProblemResponses.of(Problem.forField(400, "Bad Request", field, "must not contain control characters"));
    }
}
