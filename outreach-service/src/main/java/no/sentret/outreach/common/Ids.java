package no.sentret.outreach.common;

import java.util.UUID;
import java.util.regex.Pattern;
import no.sentret.platform.problem.ProblemException;

/**
 * Record ids in paths. Taken as text and parsed here: JAX-RS answers a failed UUID conversion with a
 * bare 404 that names nothing (issue 17); a malformed id is the caller's error, a 400 naming the field.
 */
public final class Ids {

    private static final Pattern UUID_TEXT = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Ids() {
    }

    public static UUID uuid(String value, String field) {
        if (value == null || !UUID_TEXT.matcher(value).matches()) {
            throw ProblemException.invalid(field, "must be a UUID such as 3f2b8c1e-7d4a-4e0b-9c55-1a2b3c4d5e6f");
        }
        return UUID.fromString(value);
    }
}
