package no.sentret.stats.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Each year's unique users by nationality, with each nationality's share (the annual report's per-year chart)")
public record NationalityShareReport(@Schema(example = "2016") int fromYear, @Schema(example = "2022") int toYear, List<YearShares> years) {

    public record YearShares(@Schema(example = "2022") int year, @Schema(nullable = true, example = "525") Integer uniqueUsers, List<Share> nationalities) {
    }

    public record Share(
            @Schema(description = "ISO 3166 alpha-2, or UNKNOWN", example = "UA") String nationality,
            @Schema(nullable = true, example = "21") Integer users,
            @Schema(nullable = true, description = "users / the year's unique users", example = "0.04") Double share) {
    }
}
