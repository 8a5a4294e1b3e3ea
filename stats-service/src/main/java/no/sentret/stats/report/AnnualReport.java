package no.sentret.stats.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of one year's annual report. Counts are {@code Integer}: in the public (municipality)
 * version a suppressed count is {@code null}. No client code ever appears here.
 */
@Schema(description = "The annual report's figures for one Europe/Oslo calendar year. In /stats/public responses a null count is suppressed.")
public record AnnualReport(
        @Schema(example = "2022") int year,
        @Schema(description = "distinct client codes (merged codes as one) with at least one non-voided service event in the year", example = "525") Integer uniqueUsers,
        @Schema(description = "unique users whose first seen (earlier of registration and first service event) falls in the year", example = "201") Integer newUsers,
        @Schema(description = "non-voided service events in the year, anonymous ones included", example = "3851") Integer servicesGiven,
        @Schema(description = "the twelve months, January first") List<MonthFigures> months,
        MonthlySummary monthlyUniqueUsers,
        @Schema(description = "one row per area: STUA, SOCIAL, HEALTH, LEGAL, OUTREACH") List<AreaFigures> areas,
        Demographics demographics,
        FeedbackFigures feedback) {

    @Schema(description = "mean, peak and lowest of the twelve monthly unique-user counts")
    public record MonthlySummary(
            @Schema(description = "mean of the twelve monthly unique counts", example = "113.25") Double average,
            @Schema(example = "2022-10") String peakMonth,
            @Schema(example = "128") Integer peak,
            @Schema(example = "2022-04") String lowestMonth,
            @Schema(example = "89") Integer lowest) {
    }

    public record AreaFigures(
            @Schema(example = "STUA") String area,
            @Schema(description = "distinct persons served in the area", example = "420") Integer uniquePersons,
            @Schema(description = "non-voided service events in the area", example = "3791") Integer services) {
    }

    @Schema(description = "the year's unique users by attribute of their (surviving) client code; UNKNOWN when not stated or not known")
    public record Demographics(List<Category> gender, List<Category> nationality, List<Category> ageGroup) {
    }

    public record Category(@Schema(example = "WOMAN") String category, @Schema(example = "420") Integer users) {
    }

    public record FeedbackFigures(
            @Schema(example = "911") Integer responses,
            @Schema(description = "responses per score, 1 (lowest) to 4 (best); absent in the public report") List<ScoreCount> scores,
            @Schema(description = "responses with score 4", example = "846") Integer top,
            @Schema(description = "responses with score 3", example = "41") Integer second,
            @Schema(description = "responses with score 1 or 2", example = "24") Integer twoLowest,
            @Schema(description = "responses that answered at least one follow-up question", example = "583") Integer withFollowUp,
            @Schema(description = "withFollowUp / responses", example = "0.64") Double followUpShare) {
    }

    public record ScoreCount(@Schema(example = "4") int score, @Schema(example = "846") Integer responses) {
    }
}
