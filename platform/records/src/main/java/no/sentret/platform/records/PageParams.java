package no.sentret.platform.records;

import jakarta.ws.rs.QueryParam;
import no.sentret.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query of one page of records whose period the endpoint fixes itself (e.g. today's visits).
 * Taken as text and parsed here so that a bad value is a 400 naming the parameter (JAX-RS would
 * answer a failed conversion with a bare 404).
 */
public class PageParams {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 100_000;

    @QueryParam("clientCode")
    @Parameter(description = "Only this client's records (a merged code includes the records of the codes merged into it)", example = "K7M3QX")
    public String clientCode;

    @QueryParam("includeVoided")
    @Parameter(description = "Also list voided records", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String includeVoided;

    @QueryParam("page")
    @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = "100000"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "500"))
    public String size;

    public boolean voidedIncluded() {
        if (includeVoided == null) {
            return false;
        }
        return switch (includeVoided) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid("includeVoided", "must be true or false");
        };
    }

    public int pageNumber() {
        // bounded so that page × size stays a valid row offset (a larger page is a 400, not a 500)
        return integer(page, "page", 0, 0, MAX_PAGE);
    }

    public int pageSize() {
        return integer(size, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    }

    private static int integer(String value, String field, int dflt, int min, int max) {
        if (value == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw ProblemException.invalid(field, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number");
        }
    }
}
