package no.sentret.stats.report.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.sentret.stats.disclosure.Disclosure;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.NationalityShareReport;
import no.sentret.stats.report.ReportQueries;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The annual report as a document, from the very objects the JSON endpoints return: {@link ReportQueries}
 * for the analysts, those objects through {@link Disclosure} for the municipality. One source of figures.
 */
@ApplicationScoped
public class ReportDocuments {

    /** The seed report's nationality chart starts in 2016; a longer series is cut to its last years. */
    static final int SHARES_FROM = 2016;
    static final int SHARES_AT_MOST_YEARS = 10;

    private final ReportQueries reports;
    private final Disclosure disclosure;
    private final List<String> selectedNationalities;
    private final String css;

    public ReportDocuments(ReportQueries reports, Disclosure disclosure,
                           @ConfigProperty(name = "sentret.stats.report.share-nationalities", defaultValue = "UA,ES,RO")
                           List<String> selectedNationalities) {
        this.reports = reports;
        this.disclosure = disclosure;
        this.selectedNationalities = List.copyOf(selectedNationalities);
        this.css = resource("report/report.css");
    }

    /** @return the document's bytes (UTF-8 XHTML or PDF) */
    public byte[] render(int year, boolean suppressed, DocumentFormat format, ReportLanguage language) {
        ReportFigures figures = figures(year, suppressed);
        String html = ReportHtml.render(figures, language, css);
        return format == DocumentFormat.PDF ? ReportPdf.render(html, "for " + year) : html.getBytes(StandardCharsets.UTF_8);
    }

    ReportFigures figures(int year, boolean suppressed) {
        int from = sharesFrom(year);
        AnnualReport current = reports.annual(year);
        AnnualReport previous = reports.annual(year - 1);
        NationalityShareReport shares = reports.nationalityShare(from, year);
        if (!suppressed) {
            return new ReportFigures(current, previous, shares, selectedNationalities, 0);
        }
        // each year's shares as that year's public annual report publishes its nationalities (one suppression per year)
        List<NationalityShareReport.YearShares> years = new java.util.ArrayList<>();
        for (NationalityShareReport.YearShares y : shares.years()) {
            years.add(disclosure.nationalityShare(y.year() == year ? current : y.year() == year - 1 ? previous : reports.annual(y.year())));
        }
        return new ReportFigures(disclosure.annual(current), disclosure.annual(previous),
                new NationalityShareReport(shares.fromYear(), shares.toYear(), years), selectedNationalities, disclosure.threshold());
    }

    /** From 2016 (at most the last ten years); a year before 2016 shows itself alone. */
    public static int sharesFrom(int year) {
        return year < SHARES_FROM ? year : Math.max(SHARES_FROM, year - SHARES_AT_MOST_YEARS + 1);
    }

    private static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
