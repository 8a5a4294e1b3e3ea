package no.sentret.stats;

import java.util.stream.Collectors;
import no.sentret.stats.report.AnnualReport;

/**
 * An area's figures as one line a test can state: "HEALTH 3/9 04:3/8 05:1/1" is 3 persons and 9
 * services in the year, then each month with a service (month number: persons/services).
 */
final class AreaLines {

    private AreaLines() {
    }

    static String of(AnnualReport.AreaFigures a) {
        String months = a.months().stream()
                .filter(m -> m.services() != 0 || m.uniquePersons() != 0)
                .map(m -> " " + m.month().substring(5) + ":" + m.uniquePersons() + "/" + m.services())
                .collect(Collectors.joining());
        return a.area() + " " + a.uniquePersons() + "/" + a.services() + months;
    }
}
