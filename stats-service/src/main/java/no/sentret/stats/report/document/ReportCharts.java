package no.sentret.stats.report.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The document's charts, drawn by JFreeChart into SVG (JFreeSVG): the HTML carries the SVG inline
 * and the PDF renders the same SVG (openhtmltopdf's Batik support), so both show the same picture.
 * A null value (a suppressed figure) is not drawn: JFreeChart leaves its bar or point out.
 */
final class ReportCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final Color BAR = new Color(0x2f, 0x5d, 0x8a);
    private static final Color SECOND = new Color(0x9c, 0xbf, 0xdf);
    private static final Color PEAK = new Color(0xc0, 0x39, 0x2b);
    private static final Color LOWEST = new Color(0xe6, 0x9f, 0x00);
    private static final Color AVERAGE = new Color(0x22, 0x22, 0x22);
    private static final Paint[] SERIES = {BAR, PEAK, LOWEST, new Color(0x27, 0xae, 0x60), new Color(0x8e, 0x44, 0xad)};

    static {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        ChartFactory.setChartTheme(theme);
    }

    private ReportCharts() {
    }

    /** One bar per label; {@code peak}/{@code lowest} (indexes, -1 for none) coloured, {@code average} (null for none) as a line. */
    static String monthly(List<String> labels, List<Integer> values, int peak, int lowest, Double average, String averageLabel,
                          NumberFormat format) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(values.get(i), "users", labels.get(i));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column == peak ? PEAK : column == lowest ? LOWEST : BAR;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        plot.setRenderer(renderer);
        labelled(renderer, format);
        if (average != null) {
            ValueMarker line = new ValueMarker(average, AVERAGE, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10f, new float[] {6f, 4f}, 0f));
            line.setLabel(averageLabel);
            line.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(line);
        }
        integerAxis(plot);
        return svg(chart, WIDTH, HEIGHT);
    }

    /** Horizontal bars, one per label (e.g. genders, nationalities, feedback answers). */
    static String bars(List<String> labels, List<Integer> values, NumberFormat format) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(values.get(i), "count", labels.get(i));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.12);
        labelled(renderer, format);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        integerAxis(plot);
        return svg(chart, WIDTH, Math.max(120, 40 + 26 * labels.size()));
    }

    /** Grouped vertical bars: one group per label, one bar per series. */
    static String grouped(List<String> labels, List<String> series, List<List<Integer>> values, NumberFormat format) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < labels.size(); i++) {
                data.addValue(values.get(s).get(i), series.get(s), labels.get(i));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BAR);
        renderer.setSeriesPaint(1, SECOND);
        renderer.setItemMargin(0.05);
        labelled(renderer, format);
        integerAxis(plot);
        return svg(chart, WIDTH, HEIGHT);
    }

    /** One line per series over the labels (years), values in percent; a null leaves a gap. */
    static String lines(List<String> labels, List<String> series, List<List<Double>> percents, NumberFormat format) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < labels.size(); i++) {
                data.addValue(percents.get(s).get(i), series.get(s), labels.get(i));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "%", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShapesVisible(s, true);
        }
        labelled(renderer, format);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(format);
        axis.setUpperMargin(0.15);
        return svg(chart, WIDTH, HEIGHT);
    }

    private static void labelled(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer renderer, NumberFormat format) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }

    private static void integerAxis(CategoryPlot plot) {
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setUpperMargin(0.15);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelLines(2);
    }

    private static String svg(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        // explicit CSS size: the HTML and the PDF lay the chart out at the size it was drawn
        return g.getSVGElement().replaceFirst("<svg ", "<svg style=\"width: " + width + "px; height: " + height + "px\" ");
    }
}
