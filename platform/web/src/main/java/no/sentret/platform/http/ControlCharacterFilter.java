package no.sentret.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.sentret.platform.json.StrictValues;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A control character in a path or query parameter is a 400 naming the parameter, before any
 * endpoint reads it. No path or query parameter of ours is free text (they are identifiers, codes,
 * dates, numbers, flags), so tab, CR and LF are refused there too: in such a value they are a forged
 * log line or a smuggled header, and NUL is refused by PostgreSQL in text. Free text travels in JSON
 * bodies, which the kit's strict JSON checks (tab and line breaks allowed there).
 */
public class ControlCharacterFilter {

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    /** Query parameters need no matching: refused before routing, whatever the path. */
    @ServerRequestFilter(preMatching = true)
    public Response refuseInQuery(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean bad = StrictValues.hasAnyControlCharacter(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(StrictValues::hasAnyControlCharacter);
            if (bad) {
                return refuse(PARAMETER_NAME.matcher(parameter.getKey()).matches() ? parameter.getKey() : "query");
            }
        }
        return null;
    }

    /**
     * Path parameters are known by name only once the request is matched: the problem names the
     * parameter ({@code code}, {@code id}), as the contract does. A control character in a literal
     * segment matches no endpoint and is a 404.
     */
    @ServerRequestFilter
    public Response refuseInPath(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getPathParameters(true).entrySet()) {
            if (parameter.getValue().stream().anyMatch(StrictValues::hasAnyControlCharacter)) {
                return refuse(parameter.getKey());
            }
        }
        return null;
    }

    private static Response refuse(String field) {
        return ProblemResponses.of(Problem.forField(400, "Bad Request", field, "must not contain control characters"));
    }
}
