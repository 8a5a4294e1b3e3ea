package no.sentret.stats.report.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.AnnualReport.AreaFigures;
import no.sentret.stats.report.AnnualReport.Category;
import no.sentret.stats.report.MonthFigures;
import no.sentret.stats.report.NationalityShareReport;

/**
 * The year's statistics section as one XHTML document, sections in the seed report's order. Every
 * figure cell names where its number comes from ({@code data-figure="annual:months[3].uniqueUsers"};
 * sources {@code annual}, {@code previous}, {@code share}: the JSON of the year, the year before, the
 * nationality shares), so a reader (and the tests) can check each against the JSON endpoints.
 */
final class ReportHtml extends DocumentWriter {

    static final int TOP_NATIONALITIES = 10;

    private final ReportFigures f;
    private final AnnualReport r;

    private ReportHtml(ReportFigures figures, Text text) {
        super(new Html(), text);
        this.f = figures;
        this.r = figures.year();
    }

    static String render(ReportFigures figures, ReportLanguage language, String css) {
        return new ReportHtml(figures, new Text(language, figures.suppressed())).document(css);
    }

    private String document(String css) {
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", t.language.tag());
        h.open("head").raw("<meta charset=\"UTF-8\"/>\n");
        h.element("title", t.msg("title", r.year()));
        h.open("style").raw(css).close("style").close("head");
        h.open("body", "class", f.suppressed() ? "public" : "analyst");
        h.element("h1", t.msg("title", r.year()));
        h.element("p", t.msg(f.suppressed() ? "subtitle.public" : "subtitle"), "class", "subtitle");
        if (f.suppressed()) {
            h.element("p", t.msg("suppressed.note", f.suppressedBelow()), "class", "note");
        }
        keyFigures();
        months();
        nationalityShares();
        gender();
        nationalities();
        ageGroups();
        areas();
        new AreaTables(h, t, r, f.suppressed()).write();
        feedback();
        definitions();
        h.element("p", t.msg("generated", LocalDate.now(), (f.suppressed() ? "/stats/public/annual/" : "/stats/annual/") + r.year()), "class", "footer");
        h.close("body").close("html");
        return h.toString();
    }

    private void keyFigures() {
        AnnualReport p = f.previous();
        section("key", t.msg("key.heading"));
        header(t.msg("key.figure"), String.valueOf(r.year()), String.valueOf(p.year()), t.msg("key.change"));
        compare("key.uniqueUsers", "uniqueUsers", r.uniqueUsers(), p.uniqueUsers());
        compare("key.newUsers", "newUsers", r.newUsers(), p.newUsers());
        compare("key.servicesGiven", "servicesGiven", r.servicesGiven(), p.servicesGiven());
        row(t.msg("key.averageMonthly"), decimal("annual:monthlyUniqueUsers.average", r.monthlyUniqueUsers().average()),
                decimal("previous:monthlyUniqueUsers.average", p.monthlyUniqueUsers().average()),
                plain(t.change(r.monthlyUniqueUsers().average(), p.monthlyUniqueUsers().average())));
        for (int i = 0; i < r.areas().size(); i++) {
            AreaFigures a = r.areas().get(i);
            Integer before = p.areas().get(i).services();
            row(t.msg("key.areaServices", t.label("area", a.area())), count("annual:areas[" + i + "].services", a.services()),
                    count("previous:areas[" + i + "].services", before), plain(t.change(a.services(), before)));
        }
        compare("key.responses", "feedback.responses", r.feedback().responses(), p.feedback().responses());
        endTable();
    }

    private void compare(String label, String path, Integer now, Integer before) {
        row(t.msg(label), count("annual:" + path, now), count("previous:" + path, before), plain(t.change(now, before)));
    }

    private void months() {
        section("months", t.msg("months.heading"));
        AnnualReport.MonthlySummary s = r.monthlyUniqueUsers();
        List<String> labels = r.months().stream().map(m -> t.month(m.month()).substring(0, 3)).toList();
        List<Integer> users = r.months().stream().map(MonthFigures::uniqueUsers).toList();
        // peak and lowest are named only with their counts: in the public view a hidden count hides its month too
        int peak = s.peak() == null ? -1 : monthIndex(s.peakMonth());
        int lowest = s.lowest() == null ? -1 : monthIndex(s.lowestMonth());
        chart(ReportCharts.monthly(labels, users, peak, lowest, s.average(),
                s.average() == null ? null : t.msg("months.average", t.decimal(s.average())), t.integers()));
        if (s.average() != null && peak >= 0 && lowest >= 0) {
            h.element("p", t.msg("months.summary", t.decimal(s.average()), t.monthInSentence(s.peakMonth()),
                    t.count(s.peak()), t.monthInSentence(s.lowestMonth()), t.count(s.lowest())), "class", "summary");
        } else if (s.average() != null) {
            h.element("p", t.msg("months.summary.average", t.decimal(s.average())), "class", "summary");
        }
        header(t.msg("months.month"), t.msg("months.users"), t.msg("months.services"));
        for (int i = 0; i < r.months().size(); i++) {
            MonthFigures m = r.months().get(i);
            String mark = i == peak ? " (" + t.msg("months.peak") + ")" : i == lowest ? " (" + t.msg("months.lowest") + ")" : "";
            row(t.month(m.month()) + mark, count("annual:months[" + i + "].uniqueUsers", m.uniqueUsers()),
                    count("annual:months[" + i + "].services", m.services()));
        }
        endTable();
    }

    private int monthIndex(String month) {
        return IntStream.range(0, r.months().size()).filter(i -> r.months().get(i).month().equals(month)).findFirst().orElse(-1);
    }

    private void nationalityShares() {
        NationalityShareReport s = f.shares();
        section("shares", t.msg("share.heading", s.fromYear(), s.toYear()));
        List<String> years = s.years().stream().map(y -> String.valueOf(y.year())).toList();
        List<String> names = f.selectedNationalities().stream().map(t::nationality).toList();
        List<List<Double>> percents = new ArrayList<>();
        for (String code : f.selectedNationalities()) {
            List<Double> line = new ArrayList<>();
            for (NationalityShareReport.YearShares y : s.years()) {
                int i = shareIndex(y, code);
                Double share = i < 0 ? zeroShare(y) : y.nationalities().get(i).share();
                line.add(share == null ? null : share * 100);
            }
            percents.add(line);
        }
        chart(ReportCharts.lines(years, names, percents, t.decimals()));
        List<String> head = new ArrayList<>(List.of(t.msg("share.year"), t.msg("share.users")));
        for (String name : names) {
            head.add(name);
            head.add("%");
        }
        header(head.toArray(String[]::new));
        for (int y = 0; y < s.years().size(); y++) {
            NationalityShareReport.YearShares year = s.years().get(y);
            List<Cell> cells = new ArrayList<>(List.of(count("share:years[" + y + "].uniqueUsers", year.uniqueUsers())));
            for (String code : f.selectedNationalities()) {
                int i = shareIndex(year, code);
                if (i < 0) { // no user of that nationality that year: a published 0
                    cells.add(plain(t.count(0)));
                    Double zero = zeroShare(year);
                    cells.add(plain(zero == null ? t.none() : t.percent(zero)));
                } else {
                    String path = "share:years[" + y + "].nationalities[" + i + "].";
                    cells.add(count(path + "users", year.nationalities().get(i).users()));
                    cells.add(percent(path + "share", year.nationalities().get(i).share()));
                }
            }
            row(String.valueOf(year.year()), cells.toArray(Cell[]::new));
        }
        endTable();
    }

    private static int shareIndex(NationalityShareReport.YearShares y, String code) {
        return IntStream.range(0, y.nationalities().size()).filter(i -> y.nationalities().get(i).nationality().equals(code))
                .findFirst().orElse(-1);
    }

    /** The share of a nationality nobody had: 0, or nothing at all in a year without users. */
    private static Double zeroShare(NationalityShareReport.YearShares y) {
        return y.uniqueUsers() != null && y.uniqueUsers() > 0 ? 0.0 : null;
    }

    private void gender() {
        section("gender", t.msg("gender.heading"));
        categories("gender", "demographics.gender", r.demographics().gender(), c -> t.label("gender", c), true);
    }

    private void nationalities() {
        section("nationalities", t.msg("nationality.heading"));
        List<Category> all = r.demographics().nationality();
        // the public list names every nationality of the contract: count those with users (a hidden count is at least 1)
        long known = all.stream().filter(c -> !"UNKNOWN".equals(c.category()) && (c.users() == null || c.users() > 0)).count();
        h.element("p", t.msg("nationality.count", t.count((int) known)), "class", "summary");
        // ranked by the published counts only: a hidden count takes no place in the ranking
        List<Integer> top = IntStream.range(0, all.size())
                .filter(i -> all.get(i).users() != null && !"UNKNOWN".equals(all.get(i).category()))
                .boxed().sorted(Comparator.comparing((Integer i) -> -all.get(i).users()).thenComparing(i -> all.get(i).category()))
                .limit(TOP_NATIONALITIES).toList();
        chart(ReportCharts.bars(top.stream().map(i -> t.nationality(all.get(i).category())).toList(),
                top.stream().map(i -> all.get(i).users()).toList(), t.integers()));
        header(t.msg("nationality.category"), t.msg("category.users"), t.msg("category.share"));
        for (int i : top) {
            categoryRow(t.nationality(all.get(i).category()), "demographics.nationality[" + i + "]", all.get(i));
        }
        endTable();
    }

    private void ageGroups() {
        section("age", t.msg("age.heading"));
        categories("age", "demographics.ageGroup", r.demographics().ageGroup(), c -> "UNKNOWN".equals(c) ? t.label("age", c) : c, false);
    }

    private void categories(String name, String path, List<Category> list, Function<String, String> label, boolean drawn) {
        if (drawn) {
            chart(ReportCharts.bars(list.stream().map(c -> label.apply(c.category())).toList(),
                    list.stream().map(Category::users).toList(), t.integers()));
        }
        header(t.msg(name + ".category"), t.msg("category.users"), t.msg("category.share"));
        for (int i = 0; i < list.size(); i++) {
            categoryRow(label.apply(list.get(i).category()), path + "[" + i + "]", list.get(i));
        }
        endTable();
    }

    /** A category's users and its share of the year's unique users (shown only when both counts are). */
    private void categoryRow(String label, String path, Category c) {
        Double share = c.users() == null || r.uniqueUsers() == null || r.uniqueUsers() == 0 ? null
                : (double) c.users() / r.uniqueUsers();
        row(label, count("annual:" + path + ".users", c.users()), share == null ? plain(t.missing()) : plain(t.percent(share)));
    }

    private void areas() {
        section("areas", t.msg("areas.heading"));
        List<String> labels = r.areas().stream().map(a -> t.label("area", a.area())).toList();
        chart(ReportCharts.grouped(labels, List.of(t.msg("areas.services"), t.msg("areas.persons")),
                List.of(r.areas().stream().map(AreaFigures::services).toList(), r.areas().stream().map(AreaFigures::uniquePersons).toList()),
                t.integers()));
        header(t.msg("areas.area"), t.msg("areas.persons"), t.msg("areas.services"));
        for (int i = 0; i < r.areas().size(); i++) {
            AreaFigures a = r.areas().get(i);
            row(labels.get(i), count("annual:areas[" + i + "].uniquePersons", a.uniquePersons()),
                    count("annual:areas[" + i + "].services", a.services()));
        }
        endTable();
        areaMonths(labels, "uniquePersons", AnnualReport.AreaMonth::uniquePersons, t.msg("areas.byMonth.persons"));
        areaMonths(labels, "services", AnnualReport.AreaMonth::services, t.msg("areas.byMonth.services"));
    }

    /**
     * A month per row, an area per column: one of an area-month's two figures (persons or services); {@code figure}
     * is its field's name in the JSON report, which each cell names as its source.
     */
    private void areaMonths(List<String> areaLabels, String figure, Function<AnnualReport.AreaMonth, Integer> value, String heading) {
        h.element("h3", heading);
        List<String> titles = new ArrayList<>();
        titles.add(t.msg("months.month"));
        titles.addAll(areaLabels);
        header(titles.toArray(String[]::new));
        for (int m = 0; m < r.months().size(); m++) {
            Cell[] cells = new Cell[r.areas().size()];
            for (int a = 0; a < cells.length; a++) {
                AnnualReport.AreaMonth am = r.areas().get(a).months().get(m);
                cells[a] = count("annual:areas[" + a + "].months[" + m + "]." + figure, value.apply(am));
            }
            row(t.month(r.months().get(m).month()), cells);
        }
        endTable();
    }

    private void feedback() {
        AnnualReport.FeedbackFigures fb = r.feedback();
        section("feedback", t.msg("feedback.heading"));
        chart(ReportCharts.bars(List.of(t.msg("feedback.top"), t.msg("feedback.second"), t.msg("feedback.twoLowest")),
                java.util.Arrays.asList(fb.top(), fb.second(), fb.twoLowest()), t.integers()));
        header(t.msg("feedback.category"), String.valueOf(r.year()));
        row(t.msg("feedback.responses"), count("annual:feedback.responses", fb.responses()));
        row(t.msg("feedback.top"), count("annual:feedback.top", fb.top()));
        row(t.msg("feedback.second"), count("annual:feedback.second", fb.second()));
        row(t.msg("feedback.twoLowest"), count("annual:feedback.twoLowest", fb.twoLowest()));
        row(t.msg("feedback.withFollowUp"), count("annual:feedback.withFollowUp", fb.withFollowUp()));
        row(t.msg("feedback.followUpShare"), percent("annual:feedback.followUpShare", fb.followUpShare()));
        endTable();
    }

    private void definitions() {
        section("definitions", t.msg("definitions.heading"));
        h.open("ul");
        for (int i = 1; i <= 6; i++) {
            h.element("li", t.msg("definitions." + i));
        }
        h.close("ul");
    }
}
