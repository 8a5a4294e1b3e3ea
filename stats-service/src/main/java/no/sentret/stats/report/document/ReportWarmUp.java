package no.sentret.stats.report.document;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.MonthFigures;
import no.sentret.stats.report.NationalityShareReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Prints one empty document in the background at start-up: the first use of JFreeChart, AWT's fonts,
 * Batik and openhtmltopdf loads and initialises them (measured 6-12 s on the loaded build machine),
 * which would otherwise fall on the first reader. Touches no database.
 */
@ApplicationScoped
class ReportWarmUp {

    private static final Logger LOG = Logger.getLogger(ReportWarmUp.class);

    void onStart(@Observes StartupEvent start, @ConfigProperty(name = "sentret.stats.report.warm-up", defaultValue = "true") boolean warmUp) {
        if (!warmUp) {
            return;
        }
        Thread thread = new Thread(ReportWarmUp::printEmptyYear, "report-document-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static void printEmptyYear() {
        try {
            long started = System.nanoTime();
            AnnualReport empty = empty(2000);
            ReportFigures figures = new ReportFigures(empty, empty(1999),
                    new NationalityShareReport(2000, 2000, List.of(new NationalityShareReport.YearShares(2000, 0, List.of()))),
                    List.of("UA"), 0);
            for (ReportLanguage language : ReportLanguage.values()) {
                ReportPdf.render(ReportHtml.render(figures, language, ""), "warm-up");
            }
            LOG.infof("report document warmed up in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            LOG.warnf("report document warm-up failed (the first document will be slow): %s", e.toString());
        }
    }

    private static AnnualReport empty(int year) {
        List<MonthFigures> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthFigures(String.format("%d-%02d", year, m), 0, 0));
        }
        return new AnnualReport(year, 0, 0, 0, months, new AnnualReport.MonthlySummary(0.0, year + "-01", 0, year + "-01", 0),
                List.of(), new AnnualReport.Demographics(List.of(), List.of(), List.of()),
                new AnnualReport.FeedbackFigures(0, List.of(), 0, 0, 0, 0, null),
                new AnnualReport.HealthFigures(List.of(), 0, 0),
                new AnnualReport.LegalFigures(0, List.of(), 0, List.of(), null, 0, List.of(), List.of(), List.of()),
                new AnnualReport.OutreachFigures(0, List.of(), 0, 0, List.of(), 0, List.of(), List.of()));
    }
}
