package no.sentret.platform.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The first answer to a keyed request, as a retry gets it back. */
record StoredResponse(int status, String contentType, String location, String body) {

    /** Tells a client (and a log reader) that this is the first attempt's answer, not a second write. */
    static final String REPLAYED = "Idempotent-Replayed";

    Response replay() {
        Response.ResponseBuilder response = Response.status(status).header(REPLAYED, "true");
        if (contentType != null) {
            response.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (location != null) {
            response.header(HttpHeaders.LOCATION, location);
        }
        return body == null ? response.build() : response.entity(body).build();
    }
}
