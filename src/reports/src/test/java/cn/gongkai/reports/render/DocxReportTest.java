package cn.gongkai.reports.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocxReportTest {

    @Test
    void textIsEscapedAndCharactersXmlCannotCarryAreLeftOut() {
        StringBuilder out = new StringBuilder();
        DocxReport.escape(out, "甲&乙<丙>\"丁'\u0001戊\t己\uFFFF");
        assertThat(out).hasToString("甲&amp;乙&lt;丙&gt;&quot;丁&apos;戊\t己");
    }
}
