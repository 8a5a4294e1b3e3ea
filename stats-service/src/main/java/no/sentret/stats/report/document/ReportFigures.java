package no.sentret.stats.report.document;

import java.util.List;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.NationalityShareReport;

/**
 * Everything one document shows, exactly as the JSON endpoints return it (the analysts' figures, or
 * the municipality's after disclosure control): the year, the year before, and the nationality
 * shares from {@code shares.fromYear()}. {@code suppressedBelow} is the threshold of the public view, 0 for the analysts'.
 */
record ReportFigures(AnnualReport year, AnnualReport previous, NationalityShareReport shares, List<String> selectedNationalities,
                     int suppressedBelow) {

    boolean suppressed() {
        return suppressedBelow > 0;
    }
}
