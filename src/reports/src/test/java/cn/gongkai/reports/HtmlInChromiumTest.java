package cn.gongkai.reports;

import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.domain.report.ApplicationTally;
import cn.gongkai.domain.report.ReportBuilder;
import cn.gongkai.domain.report.ReportFormat;
import cn.gongkai.domain.report.ReportInputs;
import cn.gongkai.reports.render.HtmlReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published page renders in a real headless Chromium: the browser's DOM keeps the three tables with their
 * merged cells, and the screenshot is a drawn page. Skipped where no Chromium is installed (Debian: apt chromium).
 */
class HtmlInChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theReportPageRendersInHeadlessChromium() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        ApplicationTally tally = new ApplicationTally();
        tally.addReceived(ApplicantKind.NATURAL_PERSON, 3);
        tally.addClosed(ApplicantKind.NATURAL_PERSON, Outcome.DISCLOSED, 1);
        tally.addClosed(ApplicantKind.NATURAL_PERSON, Outcome.UNAVAILABLE_NOT_HELD, 2);
        for (ReportFormat format : ReportFormat.values()) {
            AnnualReport report = ReportBuilder.build(new ReportInputs("某区金融服务办公室", format == ReportFormat.GUOBAN_2019_60 ? 2020 : 2022,
                    format, tally, List.of(), List.of(), null, ReportInputs.FeesCollected.NONE, Map.of(), null));
            Path dir = Files.createTempDirectory("chromium");
            Path page = dir.resolve("report.html");
            Files.writeString(page, HtmlReport.render(report));

            String dom = run(dir, "--dump-dom", page.toUri().toString());
            assertThat(dom.split("<table>", -1)).hasSize(4);
            assertThat(dom).contains("rowspan=\"" + (format == ReportFormat.GUOBAN_2019_60 ? 20 : 22) + "\"")
                    .contains("三、本年度办理结果").contains("复议后起诉");

            Path png = dir.resolve("report.png");
            run(dir, "--window-size=1000,1800", "--screenshot=" + png, page.toUri().toString());
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1000);
            long dark = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("text and table borders drawn").isGreaterThan(5_000);
        }
    }

    private static String run(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
