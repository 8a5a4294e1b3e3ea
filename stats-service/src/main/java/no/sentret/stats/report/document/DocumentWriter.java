package no.sentret.stats.report.document;

import java.util.List;
import java.util.function.Function;
import no.sentret.stats.report.AnnualReport;

/**
 * The document's building blocks: sections, charts, and tables whose figure cells name the JSON
 * value they show ({@code data-figure="annual:legal.inquiries"}).
 */
abstract class DocumentWriter {

    record Cell(String text, String figure, boolean suppressed) {
    }

    final Html h;
    final Text t;

    DocumentWriter(Html h, Text t) {
        this.h = h;
        this.t = t;
    }

    /** One row per category of the annual report's list at {@code path}. */
    void counts(String path, List<AnnualReport.Count> list, Function<String, String> label) {
        for (int i = 0; i < list.size(); i++) {
            row(label.apply(list.get(i).category()), count("annual:" + path + "[" + i + "].count", list.get(i).count()));
        }
    }

    void section(String id, String heading) {
        h.element("h2", heading, "id", id);
    }

    void chart(String svg) {
        h.open("div", "class", "chart").raw(svg).close("div");
    }

    void header(String... titles) {
        h.open("table").open("thead").open("tr");
        for (String title : titles) {
            h.element("th", title);
        }
        h.close("tr").close("thead").open("tbody");
    }

    void row(String label, Cell... cells) {
        h.open("tr").element("td", label, "class", "label");
        for (Cell c : cells) {
            h.element("td", c.text(), "class", c.suppressed() ? "num suppressed" : "num", "data-figure", c.figure());
        }
        h.close("tr");
    }

    void endTable() {
        h.close("tbody").close("table");
    }

    Cell count(String figure, Integer value) {
        return new Cell(t.count(value), figure, value == null);
    }

    Cell percent(String figure, Double value) {
        return new Cell(t.percent(value), figure, value == null);
    }

    Cell decimal(String figure, Double value) {
        return new Cell(t.decimal(value), figure, value == null);
    }

    Cell plain(String text) {
        return new Cell(text, null, false);
    }
}
