package cn.gongkai.knowledge;

import java.util.Set;

/**
 * Words that make a sentence a question or carry no subject (请问, 怎么, 是否, 吗, 我, 的 ...): left out of the BM25
 * query, where a law's occasional 是否 or 如何 would otherwise outweigh the question's subject. The dense model
 * still reads the whole question.
 */
final class QuestionWords {

    static final Set<String> WORDS = Set.of(
            "请问", "请", "如何", "怎么", "怎样", "怎么样", "怎么办", "为什么", "为何", "什么", "啥", "哪些", "哪个", "哪里",
            "哪儿", "哪", "多少", "几", "是否", "能否", "可否", "可以", "能", "能不能", "会", "会不会", "要不要", "需要",
            "应该", "有没有", "是不是", "算不算", "吗", "呢", "吧", "啊", "呀", "么", "嘛", "了", "的", "地", "得", "是",
            "有", "在", "和", "与", "及", "或", "也", "都", "就", "还", "又", "被", "把", "对", "向", "从", "给", "让", "我",
            "你", "他", "她", "它", "我们", "你们", "他们", "她们", "自己", "这", "那", "这个", "那个", "这些", "那些",
            "这种", "该", "其", "一", "个", "下", "中", "后", "时");

    private QuestionWords() {
    }

    static boolean isQuestionWord(String term) {
        return WORDS.contains(term);
    }
}
