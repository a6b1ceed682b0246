package cn.gongkai.cli.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.quarkus.test.common.http.TestHTTPResource;

import java.net.URL;

/** A browser test: the system's Chromium for the class, and the address the application under test listens on. */
abstract class BrowserTest {
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
