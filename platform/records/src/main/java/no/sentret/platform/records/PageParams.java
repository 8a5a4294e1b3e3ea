package no.sentret.platform.records;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.sentret.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging of a list ({@code @BeanParam PageParams}). Query values are taken as text and parsed here
 * so that a bad value is a 400 naming the parameter (JAX-RS would answer a failed conversion with a
 * bare 404); the parsers are shared by every parameter class of the kit.
 */
public class PageParams {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = "100000"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "500"))
    public String size;

    public int pageNumber() {
        // bounded so that page × size stays a valid row offset (a larger page is a 400, not a 500)
        return integer(page, "page", 0, 0, MAX_PAGE);
    }

    public int pageSize() {
        return integer(size, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    }

    /** A query flag, strictly: absent is false, otherwise exactly {@code true} or {@code false} (a 400 naming the field). */
    public static boolean bool(String value, String field) {
        if (value == null) {
            return false;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(field, "must be true or false");
        };
    }

    private static final java.time.format.DateTimeFormatter STRICT_DATE = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static LocalDate date(String value, String field) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value, STRICT_DATE);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date (YYYY-MM-DD)");
        }
        if (!no.sentret.platform.json.StrictValues.inRange(date)) {
            // PostgreSQL's own range is wider, but not unbounded: an absurd year is the caller's error, not ours
            throw ProblemException.invalid(field, no.sentret.platform.json.StrictValues.DATE_RANGE);
        }
        return date;
    }

    static int integer(String value, String field, int dflt, int min, int max) {
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
