package no.sentret.e2e;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The municipality's view of a year against the analysts' (stats-service README, "Disclosure
 * control"): no client code anywhere; a count from 1 to threshold − 1 is hidden; what is published
 * equals the analysts' figure; and in every total-and-members group a reader sees, a hidden cell is
 * never alone (it would be the total minus the published members).
 */
final class PublicView {

    record Group(String name, String total, List<String> members) {
    }

    private PublicView() {
    }

    /** Every client code of the run found in the body (case-insensitive). */
    static List<String> codesIn(String body, Collection<String> codes) {
        String upper = body.toUpperCase(Locale.ROOT);
        return codes.stream().filter(c -> upper.contains(c.toUpperCase(Locale.ROOT))).toList();
    }

    /** The groups of the annual table: unique users = each demographic breakdown; services = areas = months; an area = its months, a month = its areas; 12 × average = months' users; responses = top + second + two lowest. */
    static List<Group> groups(Map<String, Object> analyst) {
        List<Group> groups = new ArrayList<>();
        for (String d : AnnualFigures.DEMOGRAPHICS) {
            groups.add(new Group(d, "uniqueUsers", keys(analyst, d + " ", "")));
        }
        groups.add(new Group("services by area", "servicesGiven", keys(analyst, "area ", " services")));
        groups.add(new Group("services by month", "servicesGiven", keys(analyst, "month ", " services")));
        groups.add(new Group("monthly unique users", AnnualFigures.AVERAGE, keys(analyst, "month ", " uniqueUsers")));
        // the area-month table: an area's months add up to the area, a month's areas to the month
        for (String area : YearLedger.AREAS) {
            groups.add(new Group(area + " services by month", "area " + area + " services",
                    keys(analyst, "areaMonth " + area + " ", " services")));
        }
        for (String monthKey : keys(analyst, "month ", " services")) {
            String month = monthKey.substring("month ".length(), monthKey.length() - " services".length());
            groups.add(new Group("services of " + month + " by area", monthKey, YearLedger.AREAS.stream()
                    .map(area -> AnnualFigures.areaMonth(area, month, "services")).filter(analyst::containsKey).toList()));
        }
        groups.add(new Group("feedback by score", "feedback responses", List.of("feedback top", "feedback second", "feedback twoLowest")));
        return groups;
    }

    /** What breaks the rules, each naming its figure or group; empty when the public view is right. */
    static List<String> problems(Map<String, Object> analyst, Map<String, Object> published, int threshold) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Object> e : analyst.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("feedback score ")) {
                if (published.containsKey(k)) {
                    problems.add(k + ": per-score counts must not be published");
                }
                continue;
            }
            if (!published.containsKey(k)) {
                problems.add(k + ": missing from the public view");
                continue;
            }
            Object a = e.getValue();
            Object p = published.get(k);
            if (a instanceof Integer n && n >= 1 && n < threshold && p != null) {
                problems.add(k + " = " + n + " is below the threshold " + threshold + " but published");
            }
            if (p != null && !Objects.equals(a, p) && !(a instanceof Double x && p instanceof Double y && Math.abs(x - y) < 1e-9)) {
                problems.add(k + ": published " + p + " but the analysts' figure is " + a);
            }
        }
        for (String k : published.keySet()) {
            // the public breakdowns list every category of the contract: an absent one as a published 0
            boolean listedZero = AnnualFigures.DEMOGRAPHICS.stream().anyMatch(d -> k.startsWith(d + " "))
                    && Integer.valueOf(0).equals(published.get(k));
            if (!analyst.containsKey(k) && !listedZero) {
                problems.add(k + ": in the public view only");
            }
        }
        for (Group g : groups(analyst)) {
            List<String> hidden = new ArrayList<>();
            for (String k : concat(g.total(), g.members())) {
                if (published.get(k) == null) {
                    hidden.add(k);
                }
            }
            if (hidden.size() == 1) {
                problems.add(g.name() + ": only " + hidden.get(0) + " is hidden, so it is " + g.total() + " minus the published members");
            }
        }
        // peak, lowest and the follow-up share give their counts away: hidden with them
        hiddenWith(problems, published, AnnualFigures.PEAK, "month " + analyst.get(AnnualFigures.PEAK_MONTH) + " uniqueUsers");
        hiddenWith(problems, published, AnnualFigures.LOWEST, "month " + analyst.get(AnnualFigures.LOWEST_MONTH) + " uniqueUsers");
        if (published.get(AnnualFigures.SHARE) != null
                && (published.get("feedback withFollowUp") == null || published.get("feedback responses") == null)) {
            problems.add(AnnualFigures.SHARE + " published while withFollowUp or responses is hidden");
        }
        return problems;
    }

    /** How many counts the public view hides. */
    static long hiddenCount(Map<String, Object> published) {
        return published.entrySet().stream().filter(e -> e.getValue() == null && !AnnualFigures.SHARE.equals(e.getKey())).count();
    }

    private static void hiddenWith(List<String> problems, Map<String, Object> published, String figure, String month) {
        if ((published.get(figure) == null) != (published.get(month) == null)) {
            problems.add(figure + " is " + (published.get(figure) == null ? "hidden" : "published") + " but " + month + " is not");
        }
    }

    private static List<String> keys(Map<String, Object> figures, String prefix, String suffix) {
        return figures.keySet().stream().filter(k -> k.startsWith(prefix) && k.endsWith(suffix)).toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
