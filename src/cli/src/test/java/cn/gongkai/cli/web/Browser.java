package cn.gongkai.cli.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The system's headless Chromium driven by Playwright (its own browser download cannot work here). Without
 * {@code /usr/bin/chromium} the browser tests are skipped, unless {@code GONGKAI_REQUIRE_BROWSER=1} (set by CI, which
 * installs Chromium) makes that a failure.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GONGKAI_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser start() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("1".equals(System.getenv("GONGKAI_REQUIRE_BROWSER"))) {
                throw new IllegalStateException("no Chromium at " + CHROMIUM + " (apt-get install chromium)");
            }
            Assumptions.abort("no Chromium at " + CHROMIUM + "; install Debian's chromium to run the browser tests");
        }
        Files.createDirectories(SCREENSHOTS);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Browser(playwright, browser);
    }

    /** A fresh page of its own (own storage: one person signed in). */
    public Page page() {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("zh-CN"));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
