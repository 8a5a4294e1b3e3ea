package no.sentret.platform.records;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of a list of service records: a period chosen by the caller, a client, voided or not, paged. */
public class ListParams extends PageParams implements RecordFilter {

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

    /** @return the period, or null when neither from nor to was given */
    public Period periodOrNull() {
        return periodParams().periodOrNull();
    }

    public Period period() {
        return periodParams().period();
    }

    @Override
    public String clientCode() {
        return clientCode;
    }

    @Override
    public boolean voidedIncluded() {
        return bool(includeVoided, "includeVoided");
    }

    private PeriodParams periodParams() {
        PeriodParams p = new PeriodParams();
        p.from = from;
        p.to = to;
        return p;
    }
}
