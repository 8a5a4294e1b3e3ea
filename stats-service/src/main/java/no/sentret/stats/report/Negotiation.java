package no.sentret.stats.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/** JSON by default; CSV when the client prefers text/csv. */
public final class Negotiation {

    private static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);

    private Negotiation() {
    }

    public static <T> Response respond(HttpHeaders headers, T body, Function<T, String> csv) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                break;
            }
            if (accepted.isCompatible(CSV) && !accepted.isWildcardType()) {
                return Response.ok(csv.apply(body), Csv.MEDIA_TYPE + ";charset=UTF-8").build();
            }
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
