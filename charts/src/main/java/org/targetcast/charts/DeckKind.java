package org.targetcast.charts;

/**
 * How a chart becomes a native PowerPoint chart ({@link SlideDeckWriter}): which XDDF chart type holds its
 * data.
 */
enum DeckKind {
    /** A line chart over the years: lines as line series, each band as its upper and lower bound. */
    LINES,
    /** Vertical bars (histograms, decompositions): each rectangle a bar, lines on the same categories. */
    COLUMNS,
    /** Horizontal bars from a base value (tornado): each rectangle a bar, named by the y-axis labels. */
    BARS,
    /** No native chart type fits (maps): the slide shows the chart as a picture. */
    PICTURE
}
