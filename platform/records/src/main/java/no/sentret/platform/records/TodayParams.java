package no.sentret.platform.records;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of a list whose period the endpoint fixes itself (today's visits): a client, voided or not, paged. */
public class TodayParams extends PageParams implements RecordFilter {

    @QueryParam("clientCode")
    @Parameter(description = "Only this client's records (a merged code includes the records of the codes merged into it)", example = "K7M3QX")
    public String clientCode;

    @QueryParam("includeVoided")
    @Parameter(description = "Also list voided records", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String includeVoided;

    @Override
    public String clientCode() {
        return clientCode;
    }

    @Override
    public boolean voidedIncluded() {
        return bool(includeVoided, "includeVoided");
    }
}
