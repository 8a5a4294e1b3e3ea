package no.sentret.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The annual report as a flat map of named figures ("month 2018-03 uniqueUsers", "gender WOMAN",
 * "feedback top", …; a suppressed count is null), so that an expected report can be built from the
 * report before the run plus the ledger, and every difference named.
 */
public final class AnnualFigures {

    static final String AVERAGE = "monthly average";
    static final String PEAK = "monthly peak";
    static final String PEAK_MONTH = "monthly peakMonth";
    static final String LOWEST = "monthly lowest";
    static final String LOWEST_MONTH = "monthly lowestMonth";
    static final String SHARE = "feedback followUpShare";
    private static final Set<String> DERIVED = Set.of(AVERAGE, PEAK, PEAK_MONTH, LOWEST, LOWEST_MONTH, SHARE);
    static final List<String> DEMOGRAPHICS = List.of("gender", "nationality", "ageGroup");

    private AnnualFigures() {
    }

    /** "areaMonth HEALTH 2022-05 services": not "area …", so that an area's own keys stay apart. */
    static String areaMonth(String area, String month, String figure) {
        return "areaMonth " + area + " " + month + " " + figure;
    }

    public static Map<String, Object> flatten(JsonNode r) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String k : List.of("uniqueUsers", "newUsers", "servicesGiven")) {
            f.put(k, count(r.path(k)));
        }
        for (JsonNode m : r.path("months")) {
            f.put("month " + m.path("month").asText() + " uniqueUsers", count(m.path("uniqueUsers")));
            f.put("month " + m.path("month").asText() + " services", count(m.path("services")));
        }
        JsonNode s = r.path("monthlyUniqueUsers");
        f.put(AVERAGE, s.path("average").isNumber() ? s.path("average").asDouble() : null);
        f.put(PEAK_MONTH, s.path("peakMonth").asText(null));
        f.put(PEAK, count(s.path("peak")));
        f.put(LOWEST_MONTH, s.path("lowestMonth").asText(null));
        f.put(LOWEST, count(s.path("lowest")));
        for (JsonNode a : r.path("areas")) {
            f.put("area " + a.path("area").asText() + " uniquePersons", count(a.path("uniquePersons")));
            f.put("area " + a.path("area").asText() + " services", count(a.path("services")));
            for (JsonNode m : a.path("months")) {
                f.put(areaMonth(a.path("area").asText(), m.path("month").asText(), "uniquePersons"), count(m.path("uniquePersons")));
                f.put(areaMonth(a.path("area").asText(), m.path("month").asText(), "services"), count(m.path("services")));
            }
        }
        for (String d : DEMOGRAPHICS) {
            for (JsonNode c : r.path("demographics").path(d)) {
                f.put(d + " " + c.path("category").asText(), count(c.path("users")));
            }
        }
        JsonNode fb = r.path("feedback");
        f.put("feedback responses", count(fb.path("responses")));
        for (JsonNode sc : fb.path("scores")) {
            f.put("feedback score " + sc.path("score").asInt(), count(sc.path("responses")));
        }
        for (String k : List.of("top", "second", "twoLowest", "withFollowUp")) {
            f.put("feedback " + k, count(fb.path(k)));
        }
        f.put(SHARE, fb.path("followUpShare").isNumber() ? fb.path("followUpShare").asDouble() : null);
        for (String section : AREA_SECTIONS) {
            areaCounts(f, section, r.path(section));
        }
        return f;
    }

    static final List<String> AREA_SECTIONS = List.of("health", "legal", "outreach");

    /**
     * The areas' own counts: "health personsOnPrep", "outreach contactsByChannel WHATSAPP", …
     * Shares and the ad sites (averages, year-over-year change) are not additive and not compared here.
     */
    private static void areaCounts(Map<String, Object> f, String section, JsonNode figures) {
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = figures.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = section + " " + e.getKey();
            if (e.getKey().equals("adSites")) {
                for (JsonNode site : e.getValue()) {
                    String k = section + " adSite " + site.path("site").asText() + " ";
                    f.put(k + "weeksCounted", count(site.path("weeksCounted")));
                    f.put(k + "ads", count(site.path("ads")));
                    for (JsonNode w : site.path("weeks")) {
                        f.put(k + "week " + w.path("week").asText(), count(w.path("ads")));
                    }
                }
            } else if (e.getValue().isArray()) {
                for (JsonNode c : e.getValue()) {
                    f.put(key + " " + c.path("category").asText(), count(c.path("count")));
                }
            } else if (e.getValue().isInt() || (e.getValue().isNull() && !e.getKey().endsWith("Share"))) {
                f.put(key, count(e.getValue()));
            }
        }
    }

    /** The report expected after the run: each additive figure of {@code before} plus the ledger's, and what follows from them. */
    public static Map<String, Object> expected(Map<String, Object> before, Map<String, Integer> ledger) {
        Map<String, Object> e = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(ledger.keySet());
        for (String k : keys) {
            if (!DERIVED.contains(k)) {
                int sum = (before.get(k) instanceof Integer b ? b : 0) + ledger.getOrDefault(k, 0);
                if (sum != 0 || !isDemographic(k)) {
                    e.put(k, sum);
                }
            }
        }
        List<String> months = e.keySet().stream().filter(k -> k.startsWith("month ") && k.endsWith(" uniqueUsers")).toList();
        int total = 0;
        String peak = months.get(0);
        String lowest = months.get(0);
        for (String m : months) {
            int n = (Integer) e.get(m);
            total += n;
            peak = n > (Integer) e.get(peak) ? m : peak;
            lowest = n < (Integer) e.get(lowest) ? m : lowest;
        }
        e.put(AVERAGE, total / 12.0);
        e.put(PEAK_MONTH, peak.split(" ")[1]);
        e.put(PEAK, e.get(peak));
        e.put(LOWEST_MONTH, lowest.split(" ")[1]);
        e.put(LOWEST, e.get(lowest));
        int responses = (Integer) e.get("feedback responses");
        e.put(SHARE, responses == 0 ? null : (double) (Integer) e.get("feedback withFollowUp") / responses);
        return e;
    }

    /** Every figure that differs, as "name: expected x, reported y". */
    public static List<String> differences(Map<String, Object> expected, Map<String, Object> actual) {
        List<String> diffs = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            Object want = expected.get(k);
            Object got = actual.get(k);
            boolean same = want instanceof Double w && got instanceof Double g ? Math.abs(w - g) < 1e-9 : Objects.equals(want, got);
            if (!same) {
                diffs.add(k + ": expected " + (expected.containsKey(k) ? want : "no such figure")
                        + ", reported " + (actual.containsKey(k) ? got : "nothing"));
            }
        }
        return diffs;
    }

    /** Each demographic breakdown must be listed largest first, then by name, with no empty category. */
    public static List<String> orderProblems(JsonNode report) {
        List<String> problems = new ArrayList<>();
        for (String d : DEMOGRAPHICS) {
            List<JsonNode> listed = new ArrayList<>();
            report.path("demographics").path(d).forEach(listed::add);
            List<JsonNode> sorted = new ArrayList<>(listed);
            sorted.sort(Comparator.<JsonNode>comparingInt(c -> -c.path("users").asInt()).thenComparing(c -> c.path("category").asText()));
            if (!sorted.equals(listed) || listed.stream().anyMatch(c -> c.path("users").asInt() == 0)) {
                problems.add(d + ": not largest first then by name, or an empty category: " + listed);
            }
        }
        return problems;
    }

    static boolean isDemographic(String key) {
        return DEMOGRAPHICS.stream().anyMatch(d -> key.startsWith(d + " "));
    }

    private static Integer count(JsonNode n) {
        return n.isNumber() ? n.asInt() : null;
    }
}
