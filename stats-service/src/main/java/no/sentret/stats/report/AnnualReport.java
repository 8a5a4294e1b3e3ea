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
        @Schema(nullable = true, description = "distinct client codes (merged codes as one) with at least one non-voided service event in the year", example = "525") Integer uniqueUsers,
        @Schema(nullable = true, description = "unique users whose first seen (earlier of registration and first service event) falls in the year", example = "201") Integer newUsers,
        @Schema(nullable = true, description = "non-voided service events in the year, anonymous ones included", example = "3851") Integer servicesGiven,
        @Schema(description = "the twelve months, January first") List<MonthFigures> months,
        MonthlySummary monthlyUniqueUsers,
        @Schema(description = "one row per area: STUA, SOCIAL, HEALTH, LEGAL, OUTREACH") List<AreaFigures> areas,
        Demographics demographics,
        FeedbackFigures feedback,
        @Schema(description = "the health area's own figures") HealthFigures health,
        @Schema(description = "the legal-aid area's own figures") LegalFigures legal,
        @Schema(description = "the outreach area's own figures") OutreachFigures outreach) {

    @Schema(name = "CategoryCount", description = "a count per category; every category of the contract is listed, zeros included")
    public record Count(@Schema(example = "STI_TEST") String category, @Schema(nullable = true, example = "412") Integer count) {
    }

    public record HealthFigures(
            @Schema(description = "non-voided health service lines in the year per category (STI_TEST, TREATMENT, CONTRACEPTION, COUNSELLING, PREP, PEP, VACCINATION, REFERRAL); their sum is the HEALTH area's services") List<Count> servicesByCategory,
            @Schema(nullable = true, description = "distinct persons with a non-voided PREP service with prepStage START or FOLLOW_UP in the year", example = "41") Integer personsOnPrep,
            @Schema(nullable = true, description = "distinct persons with a non-voided VACCINATION service with vaccine MPOX in the year", example = "87") Integer personsVaccinatedMpox) {
    }

    public record LegalFigures(
            @Schema(nullable = true, description = "legal shifts dated in the year that left PLANNED", example = "49") Integer shifts,
            @Schema(description = "shifts by status: HELD, NOBODY_CAME, CANCELLED") List<Count> shiftsByStatus,
            @Schema(nullable = true, description = "non-voided legal inquiries in the year, anonymous ones included (the LEGAL area's services)", example = "29") Integer inquiries,
            @Schema(description = "inquiries by their answer to 'would you otherwise have sought a lawyer': YES (would not have), NO, NOT_ASKED") List<Count> wouldNotOtherwise,
            @Schema(nullable = true, description = "YES / (YES + NO): the share of those asked who would not otherwise have sought a lawyer", example = "0.86") Double wouldNotOtherwiseShare,
            @Schema(nullable = true, description = "non-voided cases opened in the year", example = "32") Integer casesOpened,
            @Schema(description = "the cases opened in the year by area of law") List<Count> casesByArea,
            @Schema(description = "the cases opened in the year by outcome so far: OPEN, RESOLVED_ON_SITE, REFERRED") List<Count> casesByOutcome,
            @Schema(description = "the year's inquirers (distinct persons of the LEGAL area) by gender; UNKNOWN when not stated or never registered") List<Count> inquirersByGender) {
    }

    public record OutreachFigures(
            @Schema(nullable = true, description = "non-voided outreach contacts (messages) in the year, with and without a client code, each contact id once", example = "510") Integer contacts,
            @Schema(description = "the contacts per channel (WHATSAPP, SMS, FACEBOOK, INSTAGRAM, PHONE, EMAIL, OTHER)") List<Count> contactsByChannel,
            @Schema(nullable = true, description = "street shifts held in the year", example = "44") Integer streetShifts,
            @Schema(nullable = true, description = "the contacts counted on the year's street shifts", example = "380") Integer streetShiftContacts,
            @Schema(description = "the street shifts' hand-outs by kind (CONDOMS, LUBE, INFORMATION_LEAFLETS, OTHER), quantities summed") List<Count> handOuts,
            @Schema(nullable = true, description = "assignments held in the year", example = "159") Integer assignments,
            @Schema(description = "assignments by kind (LECTURE, COURSE, SCHOOL_CLASS, CASE_GUIDANCE, PUBLICATION, OTHER)") List<Count> assignmentsByKind,
            @Schema(description = "per ad site with counts in the year's ISO weeks (week-based year), by site name") List<AdSite> adSites) {
    }

    @Schema(name = "AdSiteFigures", description = "one ad site's weekly counts in the year")
    public record AdSite(
            @Schema(example = "escortside-1") String site,
            @Schema(nullable = true, description = "weeks with a count", example = "52") Integer weeksCounted,
            @Schema(nullable = true, description = "the weeks' counts summed", example = "34580") Integer ads,
            @Schema(nullable = true, description = "ads / weeksCounted", example = "665.0") Double averagePerWeek,
            @Schema(nullable = true, description = "the same site's average per counted week in the previous year (null when none)", example = "404.0") Double previousYearAveragePerWeek,
            @Schema(nullable = true, description = "(averagePerWeek - previousYearAveragePerWeek) / previousYearAveragePerWeek (null when no previous year)", example = "0.646") Double yearOverYearChange,
            @Schema(description = "each counted week, in order") List<WeekCount> weeks) {
    }

    @Schema(name = "AdWeekCount", description = "one ISO week's count of ads on a site")
    public record WeekCount(@Schema(example = "2022-W18") String week, @Schema(nullable = true, example = "671") Integer ads) {
    }

    @Schema(description = "mean, peak and lowest of the twelve monthly unique-user counts")
    public record MonthlySummary(
            @Schema(nullable = true, description = "mean of the twelve monthly unique counts", example = "113.25") Double average,
            @Schema(example = "2022-10") String peakMonth,
            @Schema(nullable = true, example = "128") Integer peak,
            @Schema(example = "2022-04") String lowestMonth,
            @Schema(nullable = true, example = "89") Integer lowest) {
    }

    public record AreaFigures(
            @Schema(example = "STUA") String area,
            @Schema(nullable = true, description = "distinct persons served in the area", example = "420") Integer uniquePersons,
            @Schema(nullable = true, description = "non-voided service events in the area", example = "3791") Integer services,
            @Schema(description = "the area's twelve months, January first (the year's persons are their own distinct count, not the months' sum)") List<AreaMonth> months) {
    }

    @Schema(description = "one area in one Europe/Oslo calendar month")
    public record AreaMonth(
            @Schema(example = "2022-05") String month,
            @Schema(nullable = true, description = "distinct persons served in the area in the month", example = "31") Integer uniquePersons,
            @Schema(nullable = true, description = "non-voided service events in the area in the month", example = "118") Integer services) {
    }

    @Schema(description = "the year's unique users by attribute of their (surviving) client code; UNKNOWN when not stated or not known")
    public record Demographics(List<Category> gender, List<Category> nationality, List<Category> ageGroup) {
    }

    public record Category(@Schema(example = "WOMAN") String category, @Schema(nullable = true, example = "420") Integer users) {
    }

    public record FeedbackFigures(
            @Schema(nullable = true, example = "911") Integer responses,
            @Schema(nullable = true, description = "responses per score, 1 (lowest) to 4 (best); null in the public report") List<ScoreCount> scores,
            @Schema(nullable = true, description = "responses with score 4", example = "846") Integer top,
            @Schema(nullable = true, description = "responses with score 3", example = "41") Integer second,
            @Schema(nullable = true, description = "responses with score 1 or 2", example = "24") Integer twoLowest,
            @Schema(nullable = true, description = "responses that answered at least one follow-up question", example = "583") Integer withFollowUp,
            @Schema(nullable = true, description = "withFollowUp / responses", example = "0.64") Double followUpShare) {
    }

    public record ScoreCount(@Schema(example = "4") int score, @Schema(nullable = true, example = "846") Integer responses) {
    }
}
