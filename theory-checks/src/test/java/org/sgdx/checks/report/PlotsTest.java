package org.sgdx.checks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdx.checks.claims.Figure;

/** Every kind of figure renders headless to PNG and SVG. */
class PlotsTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfFigureIsWrittenAsPngAndSvg() throws Exception {
        for (Figure f : List.of(Figures.hittingTimeVsD(), Figures.hittingTimeVsEta(), Figures.phaseDiagram(),
                Figures.quantiles())) {
            List<Path> files = Plots.write(f, dir);
            assertThat(files).extracting(p -> p.getFileName().toString())
                    .containsExactly(f.name() + ".png", f.name() + ".svg");
            BufferedImage img = ImageIO.read(files.get(0).toFile());
            assertThat(img.getWidth()).isEqualTo(Plots.WIDTH);
            assertThat(img.getHeight()).isEqualTo(Plots.HEIGHT);
            String svg = Files.readString(files.get(1));
            assertThat(svg).contains("<svg").contains("</svg>");
            assertThat(svg).contains(f.title().substring(0, 10));
        }
    }

    @Test
    void emptyAndDegenerateFiguresStillRender() throws Exception {
        Figure.LogLog empty = new Figure.LogLog("empty", "Nothing yet", "d", "T", List.of(), List.of(
                new Figure.Line("prediction", 2, 0, true)), List.of());
        Figure.PhaseDiagram flat = new Figure.PhaseDiagram("flat", "One value", "log d", "log η", "v",
                List.of(new Figure.Cell(1, 1, 3)), List.of());
        assertThat(Plots.write(empty, dir)).allMatch(Files::exists);
        assertThat(Plots.write(flat, dir)).allMatch(Files::exists);
    }
}
