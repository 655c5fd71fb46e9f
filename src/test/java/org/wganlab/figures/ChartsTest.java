package org.wganlab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.wganlab.i18n.Words;
import org.wganlab.config.DataSpec;
import org.wganlab.config.Method;
import org.wganlab.config.NetworkSpec;
import org.wganlab.config.RunSpec;
import org.wganlab.export.Dashboard;
import org.wganlab.nn.Activation;
import org.wganlab.train.Presets;
import org.wganlab.train.Snapshot;
import org.wganlab.train.Trainer;

/** What a class reads on the charts: labels that fit, names that match the method, nothing drawn before it was measured. */
class ChartsTest {
    private static final RunSpec SMALL = RunSpec.defaults().withHidden(16).withBatch(32).withThreads(1);

    private static List<String> seriesNames(ChartFigure f) {
        XYDataset d = f.chart().getXYPlot().getDataset();
        ArrayList<String> out = new ArrayList<>();
        for (int i = 0; i < d.getSeriesCount(); i++) out.add(d.getSeriesKey(i).toString());
        return out;
    }

    @Test
    void aSwitchMarkerSaysItsFirstChangeAndOnlyTheLatestAreLabelled() {
        Trainer t = new Trainer(SMALL);
        t.generatorIteration();
        t.apply(t.spec().withMethod(Method.CLIP));
        for (int i = 0; i < 8; i++) {
            t.generatorIteration();
            t.apply(t.spec().withLambda(1 + i));
        }
        Charts.Wasserstein w = new Charts.Wasserstein();
        w.update(t.snapshot(List.of()));
        var markers = w.chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND);
        assertEquals(9, markers.size(), "every switch marked");
        long labelled = markers.stream().filter(m -> ((ValueMarker) m).getLabel() != null).count();
        assertEquals(Charts.LABELLED_EVENTS, labelled);
        assertEquals("method gp → clip …", Charts.shortLabel(t.events().get(0).description()), t.events().get(0).description());
    }

    @Test
    void switchesCloseTogetherLabelTheirLinesOnRowsOfTheirOwn() {
        Trainer t = new Trainer(SMALL);
        // Two switches before the first step (a teacher trying clip, then back to gp), then one far on.
        t.apply(t.spec().withMethod(Method.CLIP));
        t.apply(t.spec().withMethod(Method.GP));
        for (int i = 0; i < 40; i++) t.generatorIteration();
        t.apply(t.spec().withLambda(1));
        Charts.Losses losses = new Charts.Losses();
        losses.update(t.snapshot(List.of()));
        List<ValueMarker> markers = new ArrayList<>();
        for (Object m : losses.chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND)) markers.add((ValueMarker) m);
        assertEquals(3, markers.size());
        assertEquals(0, markers.get(0).getValue());
        assertEquals(0, markers.get(1).getValue());
        double top0 = markers.get(0).getLabelOffset().getTop(), top1 = markers.get(1).getLabelOffset().getTop();
        assertTrue(top1 > top0 + 8, "the second switch at iteration 0 is labelled a line lower: " + top0 + " vs " + top1);
        assertEquals(top0, markers.get(2).getLabelOffset().getTop(), "a switch far from the one before it is labelled at the top again");
    }

    @Test
    void nothingIsDrawnOnTheGradientHistogramBeforeTheFirstStep() {
        Charts.GradNorms g = new Charts.GradNorms();
        g.update(new Trainer(SMALL).snapshot(List.of()));
        assertEquals(0, g.chart().getXYPlot().getDataset().getSeriesCount());
        assertTrue(g.chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND) == null
                || g.chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND).isEmpty(), "no line at 1 over an empty chart");
    }

    @Test
    void theStandardGanIsADiscriminatorWithAJensenShannonEstimate() {
        Trainer t = new Trainer(SMALL.withMethod(Method.GAN));
        for (int i = 0; i < 5; i++) t.generatorIteration();
        Snapshot s = t.snapshot(List.of());
        Charts.Wasserstein w = new Charts.Wasserstein();
        w.update(s);
        assertTrue(seriesNames(w).get(0).contains("JS estimate"), seriesNames(w).toString());
        double js = w.chart().getXYPlot().getDataset().getYValue(0, 4);
        assertEquals(Math.log(2) - s.last().criticLoss() / 2, js, 1e-9);
        Charts.Losses l = new Charts.Losses();
        l.update(s);
        assertEquals(List.of("discriminator loss L_D", "generator loss L_G"), seriesNames(l));
        Charts.GradNorms g = new Charts.GradNorms();
        g.update(s);
        assertTrue(g.chart().getTitle().getText().startsWith("Discriminator"));
        Charts.Losses gp = new Charts.Losses();
        gp.update(new Trainer(SMALL).snapshot(List.of()));
        assertTrue(seriesNames(gp).contains("penalty term"));
    }

    @Test
    void theDeepCriticShowsEveryLayerEvenWhenItsGradientVanished() {
        RunSpec deep = Presets.all().stream().filter(p -> p.name().startsWith("Deep critic")).findFirst().orElseThrow().spec()
                .withNetwork(new NetworkSpec(16, 12, Activation.RELU)).withBatch(32).withThreads(1);
        Trainer t = new Trainer(deep);
        for (int i = 0; i < 5; i++) t.generatorIteration();
        LayerGradientsChart f = new LayerGradientsChart();
        f.update(t.snapshot(List.of()));
        XYDataset d = f.chart().getXYPlot().getDataset();
        assertEquals(12, d.getItemCount(0), "all 12 layers");
        assertTrue(f.chart().getXYPlot().getDomainAxis().getLowerBound() > 0 && f.chart().getXYPlot().getDomainAxis().getUpperBound() < 13);
        for (int i = 0; i < 12; i++) assertTrue(d.getYValue(0, i) >= LayerGradientsChart.FLOOR);
    }

    @Test
    void theLayerAxisLabelsPowersOfTenAndPlusCSitsInsideThePlot() {
        Trainer t = new Trainer(SMALL.withMethod(Method.CLIP));
        for (int i = 0; i < 3; i++) t.generatorIteration();
        Snapshot s = t.snapshot(List.of());
        LayerGradientsChart f = new LayerGradientsChart();
        f.update(s);
        var axis = f.chart().getXYPlot().getRangeAxis();
        double from = Math.log10(axis.getLowerBound()), to = Math.log10(axis.getUpperBound());
        assertTrue(Math.floor(to) - Math.ceil(from) >= 1, "two powers of ten inside the axis: " + axis.getRange());
        java.awt.Graphics2D g = new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        f.chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 300, 200));
        List<?> ticks = axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(), new java.awt.geom.Rectangle2D.Double(40, 20, 250, 150),
                org.jfree.chart.ui.RectangleEdge.LEFT);
        int labelled = 0;
        for (Object o : ticks) {
            org.jfree.chart.axis.ValueTick tick = (org.jfree.chart.axis.ValueTick) o;
            if (tick.getText() == null && !(tick instanceof org.jfree.chart.axis.LogTick && ((org.jfree.chart.axis.LogTick) tick).getAttributedLabel() != null)) continue;
            labelled++;
            double e = Math.log10(tick.getValue());
            assertEquals(Math.rint(e), e, 1e-9, "a labelled tick at a whole power of ten, not a half decade");
        }
        assertTrue(labelled >= 2, "at least two labelled ticks: " + labelled);
        Charts.Weights w = new Charts.Weights();
        w.update(s);
        ValueMarker plus = null;
        for (Object m : w.chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND)) if ("+c".equals(((ValueMarker) m).getLabel())) plus = (ValueMarker) m;
        assertTrue(plus != null, "a +c line");
        assertEquals(TextAnchor.TOP_RIGHT, plus.getLabelTextAnchor(), "+c is written to the left of its line");
    }

    @Test
    void aFlatSurfaceIsCalledFlat() {
        float[] same = new float[16];
        Arrays.fill(same, 3.96e-7f);
        assertTrue(PlaneFrame.isFlat(new CriticGrid(4, -3, 3, same, 3.96e-7f, 3.96e-7f, new float[16], null)));
        float[] varied = same.clone();
        varied[3] = 5e-7f;
        assertFalse(PlaneFrame.isFlat(new CriticGrid(4, -3, 3, varied, 3.96e-7f, 5e-7f, new float[16], null)));
    }

    @Test
    void theCaptionSaysWhereTheDecayingRateGoes() {
        Trainer t = new Trainer(Presets.defaultSpec().withHidden(16).withBatch(32).withThreads(1));
        t.generatorIteration();
        String caption = Dashboard.caption(t.snapshot(List.of())).plain();
        assertTrue(caption.contains("lr 0.001 → 0.0001 over 2000 it"), caption);
    }

    @Test
    void thePlaneNamesTheDiscriminatorForTheStandardGan() {
        Trainer t = new Trainer(SMALL.withMethod(Method.GAN).withData(DataSpec.named("twogaussians")));
        t.generatorIteration();
        assertTrue(PlaneFigure.heading(t.snapshot(List.of()), false, Words.english()).startsWith("Discriminator D(x)"));
        assertTrue(PlaneFigure.heading(new Trainer(SMALL).snapshot(List.of()), true, Words.english()).startsWith("Critic C(x), iteration 0 (gp)"));
    }

    /** Pixels of this colour (within a little antialiasing) in the image. */
    private static int pixels(java.awt.image.BufferedImage img, java.awt.Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - c.getRed()) + Math.abs(((p >> 8) & 255) - c.getGreen()) + Math.abs((p & 255) - c.getBlue()) < 40) n++;
            }
        }
        return n;
    }

    @Test
    void aSmallChartKeepsItsPlotWhenItsLegendWouldFillIt() {
        Trainer t = new Trainer(SMALL.withMethod(Method.GP));
        for (int i = 0; i < 40; i++) t.generatorIteration();
        Charts.Losses losses = new Charts.Losses();
        losses.update(t.snapshot(List.of()));
        List<Runnable> told = new ArrayList<>();
        losses.addChangeListener(() -> told.add(() -> { }));
        // Beside a lesson at 1280x720 the chart has about this room; three names wrap one a row.
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(205, 110, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 205, 110);
        losses.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 205, 110));
        g.dispose();
        // The critic loss's curve across the plot, not only its legend's short swatch.
        assertTrue(pixels(img, Charts.BLUE) > 80, "the curve is drawn: " + pixels(img, Charts.BLUE) + " blue pixels");
        assertEquals(12f, losses.chart().getLegend().getItemFont().getSize2D(), "the legend is as it was after the drawing");
        assertTrue(losses.chart().getLegend().isVisible());
        assertTrue(told.isEmpty(), "setting the legend for one drawing is no change to redraw for");
    }

    @Test
    void aSmallChartsLongAxisLabelIsLeftOutForThatDrawingOnly() {
        Trainer t = new Trainer(SMALL.withMethod(Method.GP));
        for (int i = 0; i < 3; i++) t.generatorIteration();
        LayerGradientsChart layers = new LayerGradientsChart();
        layers.update(t.snapshot(List.of()));
        String label = layers.chart().getXYPlot().getRangeAxis().getLabel();
        boolean legend = layers.chart().getLegend().isVisible();
        List<String> told = new ArrayList<>();
        layers.addChangeListener(() -> told.add("change"));
        // Beside a lesson at 1280x720: the rotated label is longer than the chart is high and would run into the title.
        org.jfree.svg.SVGGraphics2D small = new org.jfree.svg.SVGGraphics2D(205, 110);
        layers.draw(small, new java.awt.geom.Rectangle2D.Double(0, 0, 205, 110));
        assertFalse(small.getSVGElement().contains(label), "no y label on the small chart");
        assertTrue(small.getSVGElement().contains("hidden layer"), "its x label stays");
        assertEquals(label, layers.chart().getXYPlot().getRangeAxis().getLabel(), "the label is back after the drawing");
        assertEquals(legend, layers.chart().getLegend().isVisible(), "the legend as it was");
        assertTrue(told.isEmpty(), "no change told for a drawing");
        org.jfree.svg.SVGGraphics2D large = new org.jfree.svg.SVGGraphics2D(400, 300);
        layers.draw(large, new java.awt.geom.Rectangle2D.Double(0, 0, 400, 300));
        assertTrue(large.getSVGElement().contains(label), "a chart with room keeps its y label");
    }

    @Test
    void aTitleWiderThanItsChartIsSetSmallerOnOneLineNotWrapped() {
        Trainer t = new Trainer(SMALL.withMethod(Method.MINIMAX));
        for (int i = 0; i < 3; i++) t.generatorIteration();
        Charts.GradNorms norms = new Charts.GradNorms();
        norms.update(t.snapshot(List.of()));
        String title = norms.chart().getTitle().getText();
        assertTrue(title.startsWith("Discriminator"), title);
        assertEquals("‖∇ₓD(x)‖", norms.chart().getXYPlot().getDomainAxis().getLabel(), "the axis names the discriminator too");
        norms.update(new Trainer(SMALL.withMethod(Method.GP)).snapshot(List.of()));
        assertEquals("‖∇ₓC(x)‖", norms.chart().getXYPlot().getDomainAxis().getLabel(), "and a critic's is C");
        norms.update(t.snapshot(List.of()));
        java.awt.Font font = norms.chart().getTitle().getFont();
        List<String> told = new ArrayList<>();
        norms.addChangeListener(() -> told.add("change"));
        // Beside a lesson at 1280x720 the chart is about 290 wide: the title wrapped its closing ‖ to a second line.
        org.jfree.svg.SVGGraphics2D small = new org.jfree.svg.SVGGraphics2D(290, 170);
        norms.draw(small, new java.awt.geom.Rectangle2D.Double(0, 0, 290, 170));
        String svg = small.getSVGElement();
        assertTrue(svg.contains(">" + title + "</text>"), "the whole title on one line: " + svg.replaceAll("(?s).*?(<text[^>]*>[^<]*Discrim[^<]*</text>).*", "$1"));
        assertEquals(font, norms.chart().getTitle().getFont(), "the title's font is back after the drawing");
        assertTrue(told.isEmpty(), "no change told for a drawing");
        org.jfree.svg.SVGGraphics2D large = new org.jfree.svg.SVGGraphics2D(500, 300);
        norms.draw(large, new java.awt.geom.Rectangle2D.Double(0, 0, 500, 300));
        assertTrue(large.getSVGElement().contains("font-size: " + font.getSize() + "px"), "a chart with room keeps the title's size");
    }

    @Test
    void aYLabelLongerThanTheSmallPlotIsHighIsLeftOut() {
        Trainer t = new Trainer(SMALL.withMethod(Method.MINIMAX));
        for (int i = 0; i < 3; i++) t.generatorIteration();
        Charts.Wasserstein w = new Charts.Wasserstein();
        w.update(t.snapshot(List.of()));
        String label = w.chart().getXYPlot().getRangeAxis().getLabel();
        // Beside lesson 1's long text at 1280x720: a chart 120 high with a two-line legend leaves the plot about 45.
        org.jfree.svg.SVGGraphics2D small = new org.jfree.svg.SVGGraphics2D(290, 120);
        w.draw(small, new java.awt.geom.Rectangle2D.Double(0, 0, 290, 120));
        assertFalse(small.getSVGElement().contains(">" + label + "<"), "no y label running past the plot");
        assertEquals(label, w.chart().getXYPlot().getRangeAxis().getLabel());
        org.jfree.svg.SVGGraphics2D tall = new org.jfree.svg.SVGGraphics2D(290, 220);
        w.draw(tall, new java.awt.geom.Rectangle2D.Double(0, 0, 290, 220));
        assertTrue(tall.getSVGElement().contains(">" + label + "<"), "a plot high enough keeps it");
    }
}
