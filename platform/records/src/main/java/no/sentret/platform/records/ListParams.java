package no.sentret.platform.records;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.sentret.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query of a list of records. Taken as text and parsed here so that a bad value is a 400
 * naming the parameter (JAX-RS would answer a failed conversion with a bare 404).
 */
public class ListParams {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    @QueryParam("from")
    @Parameter(description = "First Oslo calendar day, inclusive", example = "2022-05-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last Oslo calendar day, inclusive", example = "2022-05-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("clientCode")
    @Parameter(description = "Only this client's records (a merged code includes the records of the codes merged into it)", example = "K7M3QX")
    public String clientCode;

    @QueryParam("includeVoided")
    @Parameter(description = "Also list voided records", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String includeVoided;

    @QueryParam("page")
    @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "500"))
    public String size;

    /** @return the period, or null when neither from nor to was given */
    public Period periodOrNull() {
        if (from == null && to == null) {
            return null;
        }
        return Period.of(date(from, "from"), date(to, "to"));
    }

    public Period period() {
        Period period = periodOrNull();
        if (period == null) {
            throw ProblemException.invalid("from", "is required (YYYY-MM-DD)");
        }
        return period;
    }

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
        return integer(page, "page", 0, 0, Integer.MAX_VALUE);
    }

    public int pageSize() {
        return integer(size, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    }

    private static LocalDate date(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date (YYYY-MM-DD)");
        }
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
