package cn.gongkai.assistant;

import cn.gongkai.domain.ChinaTime;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.clock.StatutoryClock;
import cn.gongkai.knowledge.Catalog;
import cn.gongkai.knowledge.Chunk;
import cn.gongkai.knowledge.DocumentKind;
import cn.gongkai.knowledge.Hit;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchOptions;
import cn.gongkai.knowledge.TraditionalChinese;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citizen assistant. Every answer rests on retrieved articles and cites them; below the relevance threshold,
 * or for legal advice, it declines and says where to turn. Offline (no model), the {@link Composer} writes the
 * answer by rules: a curated FAQ answer, computed deadlines, an application's progress, or the most relevant
 * articles quoted. With a model ({@link LlmWriter}), the model writes it from the same retrieved articles; the
 * citations shown are still the retrieved ones.
 */
public final class Assistant {
    private static final Logger LOG = Logger.getLogger(Assistant.class);
    private static final Pattern REFERENCE = Pattern.compile("《([^》]{2,60})》\\s*(第[零〇一二三四五六七八九十百千0-9]+条)");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,2})]");
    /** A period in working days (20个工作日, 七个工作日): what a text on a statutory time limit speaks of. */
    private static final Pattern WORKING_DAYS = Pattern.compile("[0-9零〇一二三四五六七八九十]+个工作日");
    /** A FAQ entry matching within this of the FAQ threshold gives way to a text covering the question 2× this better. */
    static final double FAQ_MARGIN = 0.125;
    static final int CANDIDATES = 8;
    /** The FAQ entries retrieved for a question whose own questions are matched against it. */
    static final int FAQ_CANDIDATES = 5;
    private static final Set<DocumentKind> NOT_FAQ = EnumSet.complementOf(EnumSet.of(DocumentKind.FAQ));
    public static final int MAX_QUESTION = 500;

    private final Supplier<KnowledgeBase> kb;
    private final AssistantSettings settings;
    private final Clock clock;
    private final Supplier<StatutoryClock> statutoryClock;
    private final ProgressLookup progress;
    private final LlmWriter llm;
    private final Conversations conversations = new Conversations();
    private final Composer composer;
    private volatile Relevance relevance;
    private volatile Catalog relevanceOf;

    public Assistant(KnowledgeBase kb, AssistantSettings settings, Clock clock, Supplier<StatutoryClock> statutoryClock,
                     ProgressLookup progress, LlmWriter llm) {
        this(() -> kb, settings, clock, statutoryClock, progress, llm);
    }

    /** With the index to answer from asked each time (deployed, it moves to the snapshots other instances publish). */
    public Assistant(Supplier<KnowledgeBase> kb, AssistantSettings settings, Clock clock,
                     Supplier<StatutoryClock> statutoryClock, ProgressLookup progress, LlmWriter llm) {
        this.kb = kb;
        this.settings = settings;
        this.clock = clock;
        this.statutoryClock = statutoryClock;
        this.progress = progress;
        this.llm = llm;
        this.composer = new Composer(settings);
    }

    public boolean usesModel() {
        return llm != null;
    }

    public KnowledgeBase knowledgeBase() {
        return kb.get();
    }

    /** The word weights of the knowledge base as it is now: computed again after every ingestion or removal. */
    private Relevance relevance() {
        KnowledgeBase current = kb.get();
        Catalog catalog = current.catalog();
        if (relevance == null || relevanceOf != catalog) {
            synchronized (this) {
                if (relevance == null || relevanceOf != catalog) {
                    relevance = new Relevance(current);
                    relevanceOf = catalog;
                }
            }
        }
        return relevance;
    }

    /** Answers one turn of a conversation (a new one when {@code conversationId} is blank). */
    public Answer ask(String asked, String conversationId) {
        String question = TraditionalChinese.toSimplified(asked);
        String id = conversationId == null || conversationId.isBlank() ? Conversations.newId() : conversationId.strip();
        String masked = PersonalDataMask.mask(question.strip());
        Optional<Conversations.Turn> previous = conversations.last(id);
        String contextual = masked;
        Answer answer;
        if (previous.isPresent() && "PROGRESS".equals(previous.get().kind())
                && Intents.completesProgressQuery(previous.get().question(), masked)) {
            // the query code asked for after the tracking number (or the other way round): the two together
            String both = question.strip() + " " + previous.get().question();
            answer = answer(both, masked, both, id);
        } else {
            boolean followUp = previous.isPresent() && Intents.isFollowUp(masked);
            answer = followUp && Intents.leansOnPrevious(masked) ? null : answer(question.strip(), masked, masked, id);
            // it did not stand alone: read it with the previous turn, if the knowledge base speaks of what it adds
            // (那延期呢 adds 延期; 今天天气怎么样 adds nothing the texts know, and would only repeat the previous answer)
            if (followUp && (answer == null || answer.refused()) && relevance().knowsWordsOf(masked)) {
                contextual = previous.get().question() + " " + masked;
                answer = answer(question.strip(), masked, contextual, id);
            }
            if (answer == null) {
                answer = answer(question.strip(), masked, masked, id);
            }
        }
        conversations.add(id, new Conversations.Turn(contextual.length() > MAX_QUESTION ? masked : contextual, answer.kind()));
        LOG.debugf("assistant %s: %s -> %s (%d citations)", id, masked, answer.kind(), answer.citations().size());
        return answer.inConversation(id);
    }

    private Answer answer(String original, String masked, String contextual, String conversationId) {
        if (Intents.greets(masked)) {
            return composer.greeting();
        }
        if (Intents.asksWhoItIs(masked)) {
            return composer.introduction();
        }
        if (Intents.thanks(masked)) {
            return composer.welcome();
        }
        if (Intents.asksLegalAdvice(masked)) {
            return composer.decline(Composer.Why.ADVICE);
        }
        Optional<Intents.TrackingQuery> tracking = Intents.tracking(original);
        if (tracking.isPresent() && progress != null) {
            return progress(tracking.get());
        }
        Optional<String> mistyped = Intents.mistypedTracking(original);
        if (mistyped.isPresent()) {
            return composer.mistypedTracking(mistyped.get());
        }
        if (tracking.isEmpty() && (Intents.asksOwnProgress(masked) || Intents.givesQueryCodeOnly(masked))) {
            return composer.askForTracking();
        }
        Relevance gauge = relevance();
        LocalDate today = ChinaTime.today(clock);
        Optional<LocalDate> date = Intents.date(contextual, today);
        boolean deadline = date.isPresent() && Intents.asksAboutTime(contextual) && !Intents.datesASupplementNotice(contextual);
        List<Scored> candidates = candidates(contextual, gauge);
        List<Scored> relevant = relevant(candidates);
        if (llm == null) {
            Optional<Answer> faq = faq(contextual, gauge, relevant.isEmpty() ? 0 : relevant.getFirst().coverage());
            if (faq.isPresent() && !deadline) {
                return faq.get();
            }
        }
        if (deadline) {
            DeadlineFacts facts = DeadlineFacts.compute(statutoryClock.get(), date.get(), Intents.channel(contextual),
                    Intents.asksExtension(masked));
            List<Hit> cited = deadlineBasis(candidates);
            if (llm != null) {
                return written(masked, conversationId, cited, facts.text(), "DEADLINE");
            }
            return composer.deadline(facts, cited);
        }
        Optional<String> article = Intents.namedArticle(masked);
        if (article.isPresent() && relevant.stream().noneMatch(s -> s.hit().exact() || s.hit().label().equals(article.get()))) {
            // another article quoted for the one asked would read as its text
            return composer.articleNotFound(article.get());
        }
        if (Intents.wantsInformation(masked) && !Intents.asksHowToApply(masked)) {
            // a request for a piece of information: where published information is, and how to apply for the rest
            List<Hit> guide = guideOnApplying();
            if (llm != null) {
                return written(masked, conversationId, guide, "", "LLM");
            }
            return composer.wayToInformation(guide);
        }
        if (relevant.isEmpty()) {
            if (Intents.asksHowToApply(contextual)) {
                return composer.howToApply(guideOnApplying());
            }
            return composer.decline(Composer.Why.NOT_FOUND);
        }
        List<Hit> top = relevant.stream().map(Scored::hit).limit(settings.maxArticles()).toList();
        if (llm != null) {
            return written(masked, conversationId, top, "", "LLM");
        }
        if (Intents.asksHowToApply(contextual)) {
            // the office's guide says how to apply here; else the article on applications
            List<Hit> guide = relevant.stream().map(Scored::hit).filter(h -> h.kind() == DocumentKind.GUIDE).toList();
            return composer.howToApply(guide.isEmpty() ? top : guide);
        }
        return composer.articles(top);
    }

    record Scored(Hit hit, double coverage) {
        /** A clearly better covering text first (coverage in steps of 0.2); the sort is stable, so ties keep rank. */
        static final Comparator<Scored> BY_COVERAGE =
                Comparator.comparingDouble((Scored s) -> -(Math.round(s.coverage() * 5) / 5.0));
    }

    /** The retrieved texts, each with its coverage (1 for an exact article lookup), in retrieval's order. */
    private List<Scored> candidates(String question, Relevance gauge) {
        // a FAQ entry answers only when its own question matches (faq()), so entries sharing the question's words
        // (申请 in most of them) do not take the places of the texts that may answer it
        List<Hit> hits = kb.get().search(question, SearchOptions.defaults().withLimit(CANDIDATES).withMode(settings.mode())
                .withKinds(NOT_FAQ).withLinks(false));
        return hits.stream()
                .map(hit -> new Scored(hit, hit.exact() ? 1.0 : gauge.coverage(question, hit))).toList();
    }

    /** The candidates at or above the threshold, best first; retrieval's order breaks ties. */
    private List<Scored> relevant(List<Scored> candidates) {
        return candidates.stream().filter(s -> s.coverage() >= settings.threshold()).sorted(Scored.BY_COVERAGE).toList();
    }

    /**
     * What a computed deadline rests on: the current candidates that count working days for a reply, the best covering
     * first.
     * The dates are computed, so these need not pass the threshold (11月3日寄出的申请… names little else).
     */
    private List<Hit> deadlineBasis(List<Scored> candidates) {
        // texts on the reply's time limit, not one that counts working days for something else (主动公开 in 20
        // working days); looked up when the question's own search brought none (…到现在还没有回复，正常吗？)
        List<Hit> basis = current(candidates, Assistant::onReplyTime);
        if (basis.isEmpty()) {
            basis = kb.get().search("答复期限 收到申请之日起 个工作日内答复", SearchOptions.defaults()
                    .withLimit(settings.maxArticles()).withMode(settings.mode()).withLinks(false)).stream()
                    .filter(h -> h.kind() != DocumentKind.FAQ && h.validity().current() && onReplyTime(h)).toList();
        }
        return basis.isEmpty() ? current(candidates, h -> WORKING_DAYS.matcher(h.text()).find()) : basis;
    }

    private List<Hit> current(List<Scored> candidates, Predicate<Hit> wanted) {
        return candidates.stream().filter(s -> s.hit().validity().current() && wanted.test(s.hit()))
                .sorted(Scored.BY_COVERAGE).map(Scored::hit).limit(settings.maxArticles()).toList();
    }

    private static boolean onReplyTime(Hit hit) {
        return hit.text().contains("答复") && WORKING_DAYS.matcher(hit.text()).find();
    }

    /** The office's guide on where published information is and how to apply (its sections, best first). */
    private List<Hit> guideOnApplying() {
        return kb.get().search("主动公开的信息在哪里看 怎样申请 在哪里申请", SearchOptions.defaults().withLimit(settings.maxArticles())
                .withMode(settings.mode()).withKinds(Set.of(DocumentKind.GUIDE)).withLinks(false));
    }

    /**
     * The FAQ entry whose own question matches the citizen's, unless the entry matches only just and a retrieved text
     * covers the question clearly better ({@code bestCoverage}: 行政复议要多长时间申请 is not the entry on reply times,
     * which shares 申请 and 多长时间 with it).
     */
    private Optional<Answer> faq(String question, Relevance gauge, double bestCoverage) {
        List<Hit> hits = kb.get().search(question, SearchOptions.defaults().withLimit(FAQ_CANDIDATES).withMode(settings.mode())
                .withKinds(Set.of(DocumentKind.FAQ)).withLinks(false));
        double threshold = settings.faqThreshold();
        boolean prohibits = Intents.prohibits(question);
        for (Hit hit : hits) {
            if (!hit.validity().current()) {
                continue;
            }
            // the entry's own question (its heading, or one of the other phrasings it lists) must match the
            // citizen's, not just words in its answer, and the citizen's question must cover the entry's
            // (申请…收费吗 is not 怎么申请), or one of them when the heading asks two (信息可以发到我的邮箱吗？能寄纸质的吗？)
            for (String entry : FaqQuestions.of(hit.label(), hit.text())) {
                if (prohibits != Intents.prohibits(entry)) {
                    continue; // one asks what may not be done, the other not
                }
                double asked = gauge.coverage(question, entry);
                double covers = Arrays.stream(entry.split("[？?]")).filter(part -> !part.isBlank())
                        .mapToDouble(part -> gauge.coverage(part, question)).max().orElse(0);
                boolean outdone = asked < threshold + FAQ_MARGIN && bestCoverage >= asked + 2 * FAQ_MARGIN;
                if (asked >= threshold && covers >= threshold && !outdone) {
                    return Optional.of(composer.faq(hit, referenced(hit)));
                }
            }
        }
        return Optional.empty();
    }

    /** The articles a FAQ answer refers to (《条例》第三十三条), looked up exactly in the knowledge base. */
    private List<Hit> referenced(Hit faq) {
        Map<String, Hit> found = new LinkedHashMap<>();
        Matcher m = REFERENCE.matcher(faq.text());
        while (m.find() && found.size() < settings.maxArticles()) {
            for (Hit hit : kb.get().search("《" + m.group(1) + "》" + m.group(2), SearchOptions.defaults().withLimit(1)
                    .withMode(settings.mode()).withHistory(SearchOptions.History.CURRENT).withLinks(false))) {
                if (hit.exact()) {
                    found.putIfAbsent(hit.documentId() + "#" + hit.label(), hit);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private Answer progress(Intents.TrackingQuery query) {
        if (query.queryCode().isEmpty()) {
            return composer.askForQueryCode(query.trackingNumber());
        }
        try {
            return composer.progress(progress.describe(query.trackingNumber(), query.queryCode().get()));
        } catch (DomainException e) {
            return composer.progressRefused(e.getMessage());
        }
    }

    /** The model writes from the numbered articles; the citations are those articles (the ones it marked, if any). */
    private Answer written(String question, String conversationId, List<Hit> hits, String facts, String kind) {
        StringBuilder context = new StringBuilder();
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            context.append('[').append(i + 1).append("] ").append(hit.citation()).append("（").append(hit.validity().label())
                    .append("）\n").append(hit.text().strip()).append("\n\n");
        }
        if (!facts.isBlank()) {
            context.append("已按法定工作日计算的事实：\n").append(facts).append('\n');
        }
        String text = llm.write(conversationId, question, context.toString()).strip();
        List<Hit> cited = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= hits.size() && !cited.contains(hits.get(n - 1))) {
                cited.add(hits.get(n - 1));
            }
        }
        if (cited.isEmpty()) {
            cited.addAll(hits);
        }
        return new Answer(text, false, cited.stream().map(Citation::of).toList(), kind, List.of(), false, null);
    }

    /** The whole text of a cited article or section; empty when the id names nothing in the knowledge base. */
    public Optional<CitedText> cited(String citationId) {
        if (citationId == null || !citationId.contains("#")) {
            return Optional.empty();
        }
        String documentId = citationId.substring(0, citationId.lastIndexOf('#'));
        String label = citationId.substring(citationId.lastIndexOf('#') + 1);
        Optional<Catalog.Entry> entry = kb.get().catalog().entry(documentId);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Chunk> parts = kb.get().chunksOf(documentId).stream().filter(c -> c.label().equals(label)).toList();
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            Catalog.Entry e = entry.get();
            Citation citation = new Citation(citationId, e.metadata().title(), label, e.validity().label(),
                    e.validity().current(), e.document().source(), e.metadata().documentNumber().orElse(null),
                    e.metadata().kind().label());
            return Optional.of(new CitedText(citation, parts.getFirst().headings(),
                    String.join("\n", parts.stream().map(c -> e.metadata().kind() == DocumentKind.FAQ
                            ? FaqQuestions.shown(c.text()) : c.text()).toList())));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
