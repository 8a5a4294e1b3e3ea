package no.sentret.stats.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One Europe/Oslo calendar month. */
public record MonthFigures(
        @Schema(example = "2022-05") String month,
        @Schema(nullable = true, description = "distinct client codes with a non-voided service event in the month", example = "113") Integer uniqueUsers,
        @Schema(nullable = true, description = "non-voided service events in the month, anonymous ones included", example = "320") Integer services) {
}
