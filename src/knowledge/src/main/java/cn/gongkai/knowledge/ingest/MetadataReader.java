package cn.gongkai.knowledge.ingest;

import cn.gongkai.knowledge.DocumentKind;
import cn.gongkai.knowledge.DocumentMetadata;
import cn.gongkai.knowledge.Validity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers a document's metadata, first source winning: the sidecar file ({@code NAME.meta.yaml} beside it), the
 * front matter or the file's own properties, the header lines of the text (公布 / 修订 / 施行 dates, 文号, the
 * issuing body), the folder it lies in (行政法规/, 司法解释/ ...) and its file name ({@code 标题(2019-04-03).md}).
 * Keys are accepted in English or Chinese: title 标题, number 文号, issuer 发布机关, level 效力级别, region 地区,
 * published 公布日期, effective 施行日期, validity 时效性, kind 类型, supersedes 替代, interprets 解读对象, aliases 简称.
 */
public final class MetadataReader {

    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        alias("title", "标题", "名称", "题目");
        alias("number", "文号", "document_number", "documentnumber", "发文字号");
        alias("issuer", "发布机关", "制定机关", "发文机关", "发布单位", "issuing_body", "issuingbody", "发布部门");
        alias("level", "效力级别", "层级", "效力位阶");
        alias("region", "地区", "区域", "适用地区");
        alias("published", "公布日期", "发布日期", "发文日期", "成文日期", "publish", "published_on", "publishedon", "date");
        alias("effective", "施行日期", "生效日期", "实施日期", "effective_on", "effectiveon", "valid_from");
        alias("validity", "时效性", "效力", "状态", "status", "时效");
        alias("kind", "类型", "文种", "type", "类别");
        alias("supersedes", "替代", "取代", "replaces", "废止文件");
        alias("interprets", "解读对象", "解读", "interpretation_of", "interpretationof", "关联政策", "policy");
        alias("aliases", "简称", "别名", "alias");
    }

    private static void alias(String key, String... names) {
        KEYS.put(key, key);
        for (String name : names) {
            KEYS.put(name.toLowerCase(Locale.ROOT), key);
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[年\\-./]\\s*(\\d{1,2})\\s*[月\\-./]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern FILE_DATE = Pattern.compile("[（(](\\d{4}-\\d{2}-\\d{2})[)）]");
    private static final Pattern ORDER_NUMBER = Pattern.compile("((?:中华人民共和国)?[\\u4e00-\\u9fa5]{1,24}?令)\\s*(第\\s*\\d+\\s*号)");
    private static final Pattern FILE_NUMBER = Pattern.compile("([\\u4e00-\\u9fa5]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\s*\\d+\\s*号)");
    private static final Pattern SESSION = Pattern.compile("第[一二三四五六七八九十百零〇\\d]+次(会议|全体会议)|审判委员会|检察委员会|令第|公告|常务会议|[《〈].*$");
    private static final Pattern ORDINAL_TERM = Pattern.compile("第[一二三四五六七八九十]+届");
    private static final List<String> LAW_FOLDERS = List.of("宪法", "宪法相关法", "民法商法", "行政法", "经济法", "社会法",
            "刑法", "诉讼与非诉讼程序法", "法律");
    private static final List<String> LEVEL_FOLDERS = List.of("行政法规", "司法解释", "部门规章", "地方性法规", "地方政府规章",
            "规范性文件", "监察法规", "自治条例", "单行条例");
    private static final List<String> REGIONS = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江",
            "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
            "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");

    /** Sidecar or front-matter values under canonical keys (title, number, ...), unknown keys dropped. */
    public static Map<String, String> canonical(Map<String, String> declared) {
        Map<String, String> out = new LinkedHashMap<>();
        declared.forEach((key, value) -> {
            String canonical = KEYS.get(key.strip().toLowerCase(Locale.ROOT));
            if (canonical != null && value != null && !value.isBlank()) {
                out.putIfAbsent(canonical, value.strip());
            }
        });
        return out;
    }

    public DocumentMetadata read(String relativePath, Map<String, String> sidecar, Map<String, String> declared,
                                 LawChunker.Parsed parsed) {
        DocumentMetadata.Builder builder = new DocumentMetadata.Builder();
        apply(builder, canonical(sidecar));
        apply(builder, canonical(declared));
        builder.title(parsed.title());
        readHeader(builder, parsed.headerLines());
        String fileName = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        Matcher fileDate = FILE_DATE.matcher(fileName);
        if (fileDate.find()) {
            builder.publishedOn(LocalDate.parse(fileDate.group(1)));
        }
        String fallbackTitle = fileName.replaceAll("\\.[A-Za-z]+$", "").replaceAll("[（(]\\d{4}-\\d{2}-\\d{2}[)）]", "").strip();
        String title = builder.hasTitle() ? builder.currentTitle() : fallbackTitle;
        builder.level(levelOf(relativePath, title));
        builder.region(regionOf(title, builder.currentLevel()));
        builder.kind(kindOf(relativePath, title));
        return builder.build(fallbackTitle);
    }

    private static void apply(DocumentMetadata.Builder builder, Map<String, String> values) {
        builder.title(values.get("title"));
        builder.documentNumber(values.get("number"));
        builder.issuer(values.get("issuer"));
        builder.level(values.get("level"));
        builder.region(values.get("region"));
        date(values.get("published")).ifPresent(builder::publishedOn);
        date(values.get("effective")).ifPresent(builder::effectiveOn);
        Optional.ofNullable(values.get("validity")).flatMap(Validity::parse).ifPresent(builder::validity);
        Optional.ofNullable(values.get("kind")).flatMap(DocumentKind::parse).ifPresent(builder::kind);
        builder.supersedes(SimpleYaml.list(values.get("supersedes")));
        builder.interprets(SimpleYaml.list(values.get("interprets")));
        builder.aliases(SimpleYaml.list(values.get("aliases")));
    }

    public static Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 公布/通过/修订/修正 lines give the version's date, number and issuer (the latest line wins); 施行 the effective date. */
    private static void readHeader(DocumentMetadata.Builder builder, List<String> header) {
        LocalDate published = null;
        LocalDate effective = null;
        String number = null;
        String issuer = null;
        for (String line : header) {
            Optional<LocalDate> date = date(line);
            Matcher order = ORDER_NUMBER.matcher(line);
            Matcher file = FILE_NUMBER.matcher(line);
            if (order.find()) {
                number = order.group(1).replaceFirst("^中华人民共和国", "") + order.group(2).replace(" ", "");
            } else if (file.find()) {
                number = file.group(1).replace(" ", "");
            }
            if (date.isEmpty()) {
                continue;
            }
            if (line.matches(".*(施行|生效)\\s*[)）]?$") && !line.matches(".*(公布|通过|修订|修正|发布).*")) {
                effective = date.get();
                continue;
            }
            if (line.matches(".*(公布|通过|修订|修正|发布|印发|颁布).*")) {
                if (published == null || date.get().isAfter(published)) {
                    published = date.get();
                    issuer = issuerOf(line);
                }
                if (line.contains("施行")) {
                    effective = date.get();
                }
            }
        }
        builder.publishedOn(published);
        builder.effectiveOn(effective);
        builder.documentNumber(number);
        builder.issuer(issuer);
    }

    static String issuerOf(String line) {
        Matcher date = DATE.matcher(line);
        String rest = date.find() ? line.substring(date.end()) : line;
        rest = rest.replaceAll("^[\\s\\u3000（(]+", "").replaceFirst("^中华人民共和国(?=国务院)", "");
        Matcher cut = SESSION.matcher(rest);
        if (cut.find()) {
            rest = rest.substring(0, cut.start());
        }
        rest = ORDINAL_TERM.matcher(rest).replaceAll("")
                .replaceAll("(通过|公布|发布|修订|修正|施行|印发|颁布)[)）\\s]*$", "").strip();
        return rest.isEmpty() || rest.length() > 30 ? null : rest;
    }

    private static String levelOf(String relativePath, String title) {
        String[] folders = relativePath.split("/");
        for (int i = 0; i < folders.length - 1; i++) {
            if (LEVEL_FOLDERS.contains(folders[i])) {
                return folders[i];
            }
            if (LAW_FOLDERS.contains(folders[i])) {
                return "法律";
            }
        }
        if (title.startsWith("中华人民共和国") && title.endsWith("法")) {
            return "法律";
        }
        if (title.startsWith("最高人民法院") || title.startsWith("最高人民检察院")) {
            return "司法解释";
        }
        return null;
    }

    private static String regionOf(String title, String level) {
        for (String region : REGIONS) {
            if (title.startsWith(region)) {
                return region;
            }
        }
        return level != null && List.of("法律", "行政法规", "司法解释", "部门规章").contains(level) ? "全国" : null;
    }

    private static DocumentKind kindOf(String relativePath, String title) {
        if (relativePath.startsWith("案例/") || relativePath.contains("/案例/")) {
            return DocumentKind.OTHER;
        }
        if (title.contains("解读") || title.contains("答记者问") || title.matches(".*(解释|规定)$") && title.startsWith("最高人民")) {
            return DocumentKind.INTERPRETATION;
        }
        if (title.contains("公开指南")) {
            return DocumentKind.GUIDE;
        }
        if (title.contains("问答") || title.contains("常见问题")) {
            return DocumentKind.FAQ;
        }
        return DocumentKind.POLICY;
    }
}
