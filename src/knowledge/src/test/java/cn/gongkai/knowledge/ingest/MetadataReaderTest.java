package cn.gongkai.knowledge.ingest;

import cn.gongkai.knowledge.DocumentKind;
import cn.gongkai.knowledge.DocumentMetadata;
import cn.gongkai.knowledge.Validity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader();

    private static LawChunker.Parsed parsed(String title, String... header) {
        return new LawChunker.Parsed(title, List.of(header), List.of());
    }

    @Test
    void theHeaderGivesDatesNumberAndIssuerOfTheLatestVersion() {
        DocumentMetadata m = reader.read("行政法规/示范条例(2019-04-03).md", Map.of(), Map.of(), parsed("示范条例",
                "2007年4月5日 中华人民共和国国务院令第492号公布", "2019年4月3日 中华人民共和国国务院令第711号修订", "2019年5月15日 施行"));
        assertThat(m.title()).isEqualTo("示范条例");
        assertThat(m.publishedOn()).hasValue(LocalDate.of(2019, 4, 3));
        assertThat(m.effectiveOn()).hasValue(LocalDate.of(2019, 5, 15));
        assertThat(m.documentNumber()).hasValue("国务院令第711号");
        assertThat(m.issuer()).hasValue("国务院");
        assertThat(m.level()).hasValue("行政法规");
        assertThat(m.region()).hasValue("全国");
        assertThat(m.kind()).isEqualTo(DocumentKind.POLICY);
        assertThat(m.validity()).isEmpty();
    }

    @Test
    void aPeoplesCongressSessionIsReducedToTheBody() {
        DocumentMetadata m = reader.read("地方性法规/上海/上海市示范条例(2021-11-25).md", Map.of(), Map.of(), parsed("上海市示范条例",
                "2021年11月25日 上海市第十五届人民代表大会常务委员会第三十七次会议通过"));
        assertThat(m.issuer()).hasValue("上海市人民代表大会常务委员会");
        assertThat(m.region()).hasValue("上海");
        assertThat(m.level()).hasValue("地方性法规");
        assertThat(m.publishedOn()).hasValue(LocalDate.of(2021, 11, 25));
    }

    @Test
    void sidecarWinsOverFrontMatterWhichWinsOverTheText() {
        Map<String, String> sidecar = Map.of("validity", "已废止", "文号", "示政发〔2019〕1号");
        Map<String, String> front = Map.of("title", "前言里的标题", "number", "被覆盖的文号", "类型", "政策解读",
                "interprets", "示范条例" + SimpleYaml.LIST_SEPARATOR + "示范办法", "施行日期", "2020年1月1日");
        DocumentMetadata m = reader.read("a/b.md", sidecar, front, parsed("正文里的标题"));
        assertThat(m.title()).isEqualTo("前言里的标题");
        assertThat(m.documentNumber()).hasValue("示政发〔2019〕1号");
        assertThat(m.validity()).hasValue(Validity.REPEALED);
        assertThat(m.kind()).isEqualTo(DocumentKind.INTERPRETATION);
        assertThat(m.interprets()).containsExactly("示范条例", "示范办法");
        assertThat(m.effectiveOn()).hasValue(LocalDate.of(2020, 1, 1));
    }

    @Test
    void withoutTitleTheFileNameServesAndItsDateIsThePublicationDate() {
        DocumentMetadata m = reader.read("司法解释/最高人民法院关于示范的规定(2011-07-29).md", Map.of(), Map.of(), parsed(null));
        assertThat(m.title()).isEqualTo("最高人民法院关于示范的规定");
        assertThat(m.publishedOn()).hasValue(LocalDate.of(2011, 7, 29));
        assertThat(m.level()).hasValue("司法解释");
        assertThat(m.kind()).isEqualTo(DocumentKind.INTERPRETATION);
    }

    @Test
    void frontMatterListsInBothYamlForms() {
        Map<String, String> values = SimpleYaml.parse(List.of("title: \"示范\"", "aliases: [简称一, 简称二]", "supersedes:",
                "  - 旧规定甲", "  - 旧规定乙", "# 注释", "validity：现行有效"));
        assertThat(values).containsEntry("title", "示范").containsEntry("validity", "现行有效");
        assertThat(SimpleYaml.list(values.get("aliases"))).containsExactly("简称一", "简称二");
        assertThat(SimpleYaml.list(values.get("supersedes"))).containsExactly("旧规定甲", "旧规定乙");
    }
}
