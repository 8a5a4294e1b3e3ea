package no.sentret.stats.report;

/** Texts shared by the OpenAPI annotations of the analyst and the public resources. */
public final class ApiDocs {

    public static final String ANNUAL = "The annual report's figures for a Europe/Oslo calendar year: unique and new users, "
            + "the twelve monthly unique counts with average, peak and lowest, services given, per area unique persons and "
            + "services, demographics of the year's unique users, feedback. JSON, or CSV with Accept: text/csv.";
    public static final String MONTHLY = "Unique users and services per Europe/Oslo calendar month, from..to inclusive "
            + "(at most 240 months). JSON, or CSV with Accept: text/csv.";
    public static final String SHARE = "Each year's unique users by nationality with each nationality's share "
            + "(at most 50 years). JSON, or CSV with Accept: text/csv.";
    public static final String PUBLIC = " Disclosure control: counts from 1 to below the threshold (default 3) are null, "
            + "and further cells are nulled until nothing published narrows a hidden count to fewer than the protection "
            + "width (default 3) of possible values. Breakdowns list every category of the contract, zeros included, in a "
            + "fixed order; one suppression per year serves the annual, monthly and nationality-share figures alike.";

    private ApiDocs() {
    }
}
