package cn.gongkai.assistant;

import cn.gongkai.knowledge.Catalog;
import cn.gongkai.knowledge.Chunk;
import cn.gongkai.knowledge.Hit;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.QueryExpansion;
import cn.gongkai.knowledge.TraditionalChinese;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well an article answers a question, on an absolute scale (retrieval's fused scores are ranks, not relevance):
 * the share of the question's words found in the article, each word weighted by how rare it is in the knowledge
 * base (inverse document frequency over all chunks). A word the knowledge base never uses weighs most, so a
 * question about something the texts do not cover scores low whatever its best hit is. Question words
 * (什么, 怎么, 吗…) do not count.
 */
final class Relevance {
    private static final Set<String> QUESTION_WORDS = Set.of(
            "什么", "怎么", "怎样", "怎么样", "如何", "哪些", "哪个", "哪里", "哪儿", "哪天", "多少", "多久", "是否", "可以", "能否",
            "能不能", "吗", "呢", "吧", "啊", "呀", "我", "我们", "你", "你们", "您", "请问", "的", "了", "是", "有", "要", "需要",
            "应该", "会", "一下", "谁", "为什么", "几", "想", "问", "请", "还", "就", "都", "和", "与", "或", "在", "对", "被", "把",
            "这", "那", "这个", "那个", "么", "该", "能", "得", "着", "过", "个", "些", "一", "不", "没有", "没", "如果", "那么",
            "是不是", "有没有", "告诉", "知道", "办", "弄", "现在", "时候", "最", "晚", "迟", "哪", "天", "号", "最晚", "最迟",
            "几号", "他", "她", "它", "他们", "她们", "它们", "人家", "咱", "咱们", "自己", "大家", "给", "去", "意思", "含义", "包括",
            "了解", "打听", "问问", "或者", "还是", "以及", "叫", "已经", "一直", "到", "这些", "那些");

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final List<QueryExpansion.Rule> rules;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int chunks;

    Relevance(KnowledgeBase kb) {
        this.rules = kb.queryExpansion().rules(); // the rules its searches expand questions by
        int n = 0;
        try {
            for (Catalog.Entry entry : kb.documents()) {
                for (Chunk chunk : kb.chunksOf(entry.id())) {
                    n++;
                    Set<String> seen = new HashSet<>(terms(entry.metadata().title() + " " + chunk.label() + " "
                            + String.join(" ", chunk.headings()) + " " + chunk.text()));
                    seen.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.chunks = n;
    }

    double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log((chunks + 1.0) / (df + 1.0)) + 1.0;
    }

    private static final java.util.regex.Pattern DATES = java.util.regex.Pattern.compile(
            "(\\d{4}\\s*[年\\-/.])?\\s*\\d{1,2}\\s*[月\\-/.]\\s*\\d{1,2}\\s*[日号]?|\\d+");
    /**
     * When something happened, named from today (上个月, 前几天, 到现在): like a date, it says when, not what is asked
     * about (我上个月寄了申请信，到现在都没人理我).
     */
    private static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile(
            "(上|下|这|本)个?(月|周|星期|礼拜)|(大)?(昨|前|今|明)天|(去|今|前)年|(前|这)几天|最近|近来|到现在|至今|到今天");
    /** A single character (smartcn's fallback for words it does not know) counts for this share of a word. */
    static final double SINGLE_CHARACTER = 0.35;
    /**
     * A word the text holds only inside a longer word of its segmentation earns this: smartcn cuts 一部分 whole in one
     * sentence and as 一 部分 in another.
     */
    static final double WITHIN = 0.9;
    /** A word not found whole earns this share for each of its characters found (收费 for 交费). */
    static final double PARTIAL = 0.5;
    /** A word not found whole, but an equivalent one of the expansion rules (名字 for 名称, 企业 for 法人), earns this. */
    static final double EQUIVALENT = 0.8;
    /** Two everyday words of one rule lead to the same legal words but need not mean the same: this share. */
    static final double KINDRED = 0.5;

    /**
     * 什么情况下, 哪些情形; 咨询一下 / 问一下 before what is asked; …的问题 / …的事 at its end: the frame of a question,
     * not what it asks about (能打电话咨询吗 keeps its 咨询).
     */
    private static final java.util.regex.Pattern FRAMES = java.util.regex.Pattern.compile("(什么|哪些|哪种|何种)(情况|情形)下?"
            + "|(咨询|请教|问)(一下|个问题)(关于)?(?=[^？?。！!，,]{2,})|(方面)?的(问题|事情|事)(?=[？?。！!]*$)");

    /** The question's counted words, each once: no question words, question frames, dates or numbers. */
    Set<String> questionTerms(String question) {
        String asked = FRAMES.matcher(WHEN.matcher(DATES.matcher(question).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        Set<String> out = new LinkedHashSet<>(terms(asked));
        out.removeAll(QUESTION_WORDS);
        return out;
    }

    private double weight(String term) {
        return idf(term) * (term.codePointCount(0, term.length()) == 1 ? SINGLE_CHARACTER : 1.0);
    }

    /** 0..1: the weighted share of the question's words found in the hit's title, label, headings and text. */
    /** The hit's title, label, headings and text; the mainland's words beside its regional ones (资讯: 信息). */
    double coverage(String question, Hit hit) {
        String text = hit.documentTitle() + " " + hit.label() + " " + String.join(" ", hit.headings()) + " " + hit.text();
        List<String> mainland = TraditionalChinese.mainlandWords(text);
        return coverage(question, mainland.isEmpty() ? text : text + " " + String.join(" ", mainland));
    }

    /** 0..1: the weighted share of the words of {@code asked} (question words left out) that {@code text} holds. */
    double coverage(String asked, String text) {
        Set<String> askedTerms = questionTerms(asked);
        if (askedTerms.isEmpty()) {
            return 0;
        }
        Set<String> found = new HashSet<>(terms(text));
        double total = 0;
        double matched = 0;
        for (String term : askedTerms) {
            double w = weight(term);
            total += w;
            if (found.contains(term)) {
                matched += w;
                continue;
            }
            if (term.length() > 1 && text.contains(term)) {
                matched += w * WITHIN; // inside a longer word of the text's segmentation (部分 in 一部分)
                continue;
            }
            double share = equivalentShare(term, asked, text);
            if (share > 0) {
                matched += w * share;
            } else if (term.length() > 1) {
                long present = term.chars().filter(ch -> text.indexOf(ch) >= 0).count();
                matched += w * PARTIAL * present / term.length();
            }
        }
        return matched / total;
    }

    /**
     * Whether the knowledge base uses any of the question's counted words, or an equivalent of one; true for a
     * question with none (那呢？), which adds nothing of its own.
     */
    boolean knowsWordsOf(String question) {
        Set<String> asked = questionTerms(question);
        return asked.isEmpty() || asked.stream().anyMatch(term -> documentFrequency.containsKey(term)
                || rules.stream().anyMatch(rule -> applies(rule, term, question)
                        && rule.terms().stream().anyMatch(documentFrequency::containsKey)));
    }

    /**
     * The share a term not found whole earns through a rule: {@link #EQUIVALENT} when it is one of the rule's legal
     * words and the text holds an everyday one, or (part of) an everyday word as {@code asked} uses it (名字 in
     * 文件名字) and the text holds a legal one; {@link #KINDRED} when the text holds only another everyday word of
     * the rule (多长时间 and 多久); else 0.
     */
    private double equivalentShare(String term, String asked, String text) {
        double share = 0;
        for (QueryExpansion.Rule rule : rules) {
            boolean everyday = asEveryday(rule, term, asked);
            boolean legal = asLegal(rule, term, asked);
            if (!everyday && !legal) {
                continue;
            }
            boolean textEveryday = rule.triggers().stream().anyMatch(text::contains);
            if (everyday && rule.terms().stream().anyMatch(text::contains) || legal && textEveryday) {
                return EQUIVALENT;
            }
            if (everyday && textEveryday) {
                share = KINDRED;
            }
        }
        return share;
    }

    private static boolean asEveryday(QueryExpansion.Rule rule, String term, String asked) {
        return rule.triggers().stream().anyMatch(t -> t.contains(term) && asked.contains(t));
    }

    /** One of the rule's legal words, or part of one as {@code asked} uses it (工作 in 工作人员, which smartcn splits). */
    private static boolean asLegal(QueryExpansion.Rule rule, String term, String asked) {
        return rule.terms().stream().anyMatch(t -> t.equals(term) || t.contains(term) && asked.contains(t));
    }

    private static boolean applies(QueryExpansion.Rule rule, String term, String asked) {
        return asLegal(rule, term, asked) || asEveryday(rule, term, asked);
    }

    List<String> terms(String text) {
        List<String> out = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (!t.isBlank() && Character.isLetterOrDigit(t.codePointAt(0))) {
                    out.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
