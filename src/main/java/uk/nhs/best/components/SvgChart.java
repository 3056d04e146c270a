package uk.nhs.best.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small bar and line chart drawn as SVG on the server, for pages that need a picture of a few
 * weekly figures without a charting add-on. Screen readers get the title and a summary as the
 * image's label; the figures themselves should also be on the page as text or a table.
 *
 * <p>Add the series and the week labels, then {@link #draw()}.
 */
public class SvgChart extends Div {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 34;
    private static final int GRID_LINES = 4;

    /** How a series is drawn. */
    public enum Style {
        BARS, LINE, DASHED_LINE
    }

    private record Series(String name, List<? extends Number> values, Style style, String colour) {
    }

    private final String title;
    private final List<Series> series = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private int labelEvery = 1;

    /** {@code title} names the chart for screen readers, e.g. "Referrals per week, last 26 weeks". */
    public SvgChart(String title) {
        this.title = title;
        addClassName("svg-chart");
        getElement().setAttribute("role", "img");
    }

    /**
     * A series, one value per label; {@code colour} is any CSS colour, e.g. a Lumo custom property
     * such as {@code var(--lumo-primary-color)}.
     */
    public SvgChart series(String name, List<? extends Number> values, Style style, String colour) {
        series.add(new Series(name, List.copyOf(values), style, colour));
        return this;
    }

    /** The x-axis labels, one per value; only every {@code every}-th is written, to keep them apart. */
    public SvgChart labels(List<String> xLabels, int every) {
        labels.clear();
        labels.addAll(xLabels);
        labelEvery = Math.max(1, every);
        return this;
    }

    /** Draws the chart and its legend, replacing what was drawn before. */
    public SvgChart draw() {
        removeAll();
        getElement().setAttribute("aria-label", title + ". " + summary());
        Div picture = new Div();
        picture.addClassName("svg-chart-picture");
        picture.getElement().setProperty("innerHTML", svg());
        Div legend = new Div();
        legend.addClassName("svg-chart-legend");
        legend.getElement().setAttribute("aria-hidden", "true");
        for (Series s : series) {
            Span key = new Span();
            key.addClassName("svg-chart-key");
            key.getStyle().set("background", s.style() == Style.BARS ? s.colour() : "none")
                    .set("border-top", s.style() == Style.BARS ? "none"
                            : "3px " + (s.style() == Style.DASHED_LINE ? "dashed " : "solid ") + s.colour());
            legend.add(new Span(key, new Span(s.name())));
        }
        add(picture, legend);
        return this;
    }

    private String summary() {
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            double max = s.values().stream().mapToDouble(Number::doubleValue).max().orElse(0);
            parts.add(s.name() + ": highest " + format(max));
        }
        if (!labels.isEmpty()) {
            parts.add("from " + labels.getFirst() + " to " + labels.getLast());
        }
        return String.join("; ", parts) + ".";
    }

    private String svg() {
        int points = Math.max(labels.size(), series.stream().mapToInt(s -> s.values().size()).max().orElse(0));
        double top = niceCeiling(series.stream().flatMap(s -> s.values().stream())
                .mapToDouble(Number::doubleValue).max().orElse(0));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = points == 0 ? plotWidth : plotWidth / points;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("' width='100%' preserveAspectRatio='xMidYMid meet' aria-hidden='true' "
                        + "style='font: 11px var(--lumo-font-family); fill: var(--lumo-secondary-text-color)'>")
                .append("<title>").append(escape(title)).append("</title>");
        for (int g = 0; g <= GRID_LINES; g++) {
            double value = top * g / GRID_LINES;
            double y = TOP + plotHeight - plotHeight * g / GRID_LINES;
            svg.append("<line x1='").append(LEFT).append("' x2='").append(WIDTH - RIGHT).append("' y1='")
                    .append(num(y)).append("' y2='").append(num(y))
                    .append("' style='stroke: var(--lumo-contrast-10pct)'/>")
                    .append("<text x='").append(LEFT - 6).append("' y='").append(num(y + 4))
                    .append("' text-anchor='end'>").append(format(value)).append("</text>");
        }
        for (int i = 0; i < labels.size(); i += labelEvery) {
            svg.append("<text x='").append(num(LEFT + step * i + step / 2)).append("' y='").append(HEIGHT - 12)
                    .append("' text-anchor='middle'>").append(escape(labels.get(i))).append("</text>");
        }
        for (Series s : series) {
            if (s.style() == Style.BARS) {
                for (int i = 0; i < s.values().size(); i++) {
                    double h = top == 0 ? 0 : plotHeight * s.values().get(i).doubleValue() / top;
                    svg.append("<rect x='").append(num(LEFT + step * i + step * 0.15)).append("' y='")
                            .append(num(TOP + plotHeight - h)).append("' width='").append(num(step * 0.7))
                            .append("' height='").append(num(h)).append("' style='fill: ").append(s.colour())
                            .append("'/>");
                }
            } else if (!s.values().isEmpty()) {
                svg.append("<polyline fill='none' stroke-width='2.5' style='stroke: ").append(s.colour())
                        .append(s.style() == Style.DASHED_LINE ? "; stroke-dasharray: 7 5" : "")
                        .append("' points='");
                for (int i = 0; i < s.values().size(); i++) {
                    double h = top == 0 ? 0 : plotHeight * s.values().get(i).doubleValue() / top;
                    svg.append(num(LEFT + step * i + step / 2)).append(',').append(num(TOP + plotHeight - h))
                            .append(' ');
                }
                svg.append("'/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** A round axis top at or above {@code max}: 1, 2 or 5 times a power of ten, times the grid lines. */
    private static double niceCeiling(double max) {
        if (max <= 0) {
            return GRID_LINES;
        }
        double rough = max / GRID_LINES;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double nice = rough <= magnitude ? magnitude : rough <= 2 * magnitude ? 2 * magnitude
                : rough <= 5 * magnitude ? 5 * magnitude : 10 * magnitude;
        return Math.max(nice, 1) * GRID_LINES;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString(Math.round(value))
                : String.format(Locale.UK, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
