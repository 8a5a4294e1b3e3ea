package no.sentret.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A path id that is not a UUID is a 400 naming the parameter, never echoing it: JAX-RS would answer a
 * failed conversion with a bare 404 that names nothing. The kit's convention: a path parameter named
 * {@code id} or ending in {@code Id} ({@code lineId}) is a UUID. Runs after matching, before the
 * parameters are converted.
 */
public class MalformedPathIds {

    private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @ServerRequestFilter
    public Response refuseMalformed(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getPathParameters(true).entrySet()) {
            if (isId(parameter.getKey())) {
                for (String value : parameter.getValue()) {
                    if (!CANONICAL.matcher(value).matches()) {
                        return ProblemResponses.of(Problem.forField(400, "Bad Request", parameter.getKey(), "must be a UUID"));
                    }
                }
            }
        }
        return null;
    }

    static boolean isId(String name) {
        return name.equals("id") || name.endsWith("Id");
    }
}
