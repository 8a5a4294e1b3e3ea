package no.sentret.outreach.ads;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdSeries", description = "The weeks of one year counted on one site, each beside the same week of the year before")
public record AdSeriesView(@Schema(example = "annonsesiden.no") String site, @Schema(example = "2022") int year, List<Week> weeks) {

    @Schema(name = "AdSeriesWeek")
    public record Week(
            @Schema(description = "the count's id (to void it)") UUID id,
            @Schema(example = "2022-W18") String week,
            @Schema(example = "665") int count,
            @Schema(description = "the same ISO week number a year earlier; null when not counted", example = "404", nullable = true)
            Integer previousYearCount,
            @Schema(description = "count - previousYearCount; null without a previous count", example = "261", nullable = true) Integer change,
            @Schema(description = "change in percent of previousYearCount, one decimal; null without a previous count or when it was 0",
                    example = "64.6", nullable = true) Double changePercent) {
    }
}
