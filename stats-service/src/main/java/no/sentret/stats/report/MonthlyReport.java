package no.sentret.stats.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Unique users and services per Europe/Oslo calendar month, from..to inclusive")
public record MonthlyReport(@Schema(example = "2022-01") String from, @Schema(example = "2022-12") String to, List<MonthFigures> months) {
}
