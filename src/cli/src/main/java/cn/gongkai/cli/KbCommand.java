package cn.gongkai.cli;

import cn.gongkai.knowledge.BgeEmbedder;
import cn.gongkai.knowledge.Catalog;
import cn.gongkai.knowledge.DocumentMetadata;
import cn.gongkai.knowledge.Embedder;
import cn.gongkai.knowledge.Hit;
import cn.gongkai.knowledge.IngestReport;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.RankingWeights;
import cn.gongkai.knowledge.Reranker;
import cn.gongkai.knowledge.SearchMode;
import cn.gongkai.knowledge.SearchOptions;
import cn.gongkai.knowledge.Validity;
import cn.gongkai.knowledge.eval.CoordinateAscent;
import cn.gongkai.knowledge.eval.EvalQuestion;
import cn.gongkai.knowledge.eval.Evaluation;
import cn.gongkai.knowledge.eval.RerankTraining;
import cn.gongkai.knowledge.ingest.DocumentSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code ./gongkai kb ingest|list|search|eval|train}: the knowledge base of policies and interpretations. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = {"知识库：导入政策文件与解读，检索条文，评测检索效果。",
                "The knowledge base: ingest policy documents, search articles, evaluate retrieval."},
        subcommands = {KbCommand.Ingest.class, KbCommand.ListDocuments.class, KbCommand.Search.class, KbCommand.Eval.class,
                KbCommand.Train.class})
public class KbCommand implements Runnable {

    @Override
    public void run() {
        System.err.println("用法: gongkai kb ingest DIR | kb list | kb search \"问题\" | kb eval QUESTIONS.jsonl (gongkai kb --help)");
    }

    /** Where the index lives: {@code --index}, else GONGKAI_KB_DIR, else {@code knowledge} beside the database's folder. */
    static Path indexDir(Path option, Map<String, String> env) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        Optional<String> explicit = Optional.ofNullable(env.get("GONGKAI_KB_DIR")).filter(v -> !v.isBlank());
        if (explicit.isPresent()) {
            return Path.of(explicit.get()).toAbsolutePath();
        }
        Path data = Optional.ofNullable(env.get("GONGKAI_DATA_DIR")).filter(v -> !v.isBlank()).map(Path::of)
                .orElse(Path.of(LocalRun.DEFAULT_DATA_DIR)).toAbsolutePath();
        return data.resolveSibling("knowledge");
    }

    static long sizeOnDisk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    abstract static class IndexOption {
        @Option(names = "--index", paramLabel = "DIR", description = "索引所在目录 (default: .gongkai/knowledge, or GONGKAI_KB_DIR)")
        Path index;

        Path indexDir() {
            return KbCommand.indexDir(index, System.getenv());
        }

        /** For the commands that only read an index: false (and says so) when there is none, creating nothing. */
        boolean indexExists() {
            if (Files.isDirectory(indexDir())) {
                return true;
            }
            System.err.println("知识库索引不存在: " + indexDir() + "（先运行 ./gongkai kb ingest DIR，或用 --index 指定）");
            return false;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"导入目录中的文件（Markdown、文本、HTML、.docx、PDF，可带元数据）：新增或修改的文件重新切分，删除的文件移出索引。",
                    "Ingests a folder: new and changed files are (re)chunked, removed files leave the index."})
    static class Ingest extends IndexOption implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", description = "文件所在目录，或 s3://bucket/prefix")
        String folder;

        @Option(names = "--sample", description = "导入随附的示例知识库（公开指南、常见问题、条例要点）instead of a folder")
        boolean sample;

        @Override
        public Integer call() throws IOException {
            PrintStream out = out();
            if (sample == (folder != null)) {
                System.err.println("请给出一个目录，或者用 --sample（二者选一）");
                return 2;
            }
            boolean s3 = folder != null && folder.startsWith(DocumentSource.S3_SCHEME);
            if (folder != null && !s3 && !Files.isDirectory(Path.of(folder))) {
                System.err.println("不是目录: " + folder);
                return 2;
            }
            Path dir = indexDir();
            DocumentSource source;
            try {
                source = sample ? KnowledgeBase.sample() : DocumentSource.at(folder);
            } catch (RuntimeException e) { // a malformed s3:// location, no AWS region
                System.err.println("无法读取 " + folder + ": " + e.getMessage());
                return 2;
            }
            try (Embedder embedder = new BgeEmbedder(); KnowledgeBase kb = KnowledgeBase.open(dir, embedder)) {
                IngestReport report = kb.ingest(source, new ProgressLines(System.err));
                out.println(report.summary());
                report.failures().forEach(f -> out.println("  failed: " + f));
                out.printf("index %s: %.1f MB on disk%n", dir, sizeOnDisk(dir) / 1e6);
                return report.failures().isEmpty() ? 0 : 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"列出索引中的文件：时效性、类型、标题、文号、条文数、来源路径（按来源路径排序）。",
                    "Lists the indexed documents: validity, kind, title, number, chunks, source."})
    static class ListDocuments extends IndexOption implements Callable<Integer> {
        @Option(names = "--validity", description = "only documents of this validity (现行有效, 已修订, 已废止, 尚未施行)")
        String validity;

        @Override
        public Integer call() throws IOException {
            PrintStream out = out();
            Optional<Validity> only = Optional.empty();
            if (validity != null) {
                only = Validity.parse(validity);
                if (only.isEmpty()) {
                    System.err.println("时效性应为 " + Arrays.stream(Validity.values()).map(Validity::label)
                            .collect(Collectors.joining("、")) + " 之一: " + validity);
                    return 2;
                }
            }
            if (!indexExists()) {
                return 1;
            }
            try (KnowledgeBase kb = KnowledgeBase.open(indexDir(), null)) { // listing needs no model
                Optional<Validity> wanted = only;
                List<Catalog.Entry> entries = kb.documents().stream()
                        .filter(e -> wanted.map(v -> v == e.validity()).orElse(true))
                        .sorted(Comparator.comparing((Catalog.Entry e) -> e.document().source())).toList();
                for (Catalog.Entry e : entries) {
                    DocumentMetadata m = e.metadata();
                    out.printf("%s  %s  《%s》%s  %d  %s%n", e.validity().label(), m.kind().label(), m.title(),
                            m.documentNumber().map(n -> " " + n).orElse(""), e.document().chunks(), e.document().source());
                }
                out.printf("%d documents (%d in the index, %d chunks), index %s%n", entries.size(), kb.documents().size(),
                        kb.chunkCount(), indexDir());
                return 0;
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"检索与问题最相关的条文（默认只含现行有效的文件；问及历史时含已修订、已废止的文件并标明）。",
                    "Ranked articles for a question, with scores."})
    static class Search extends IndexOption implements Callable<Integer> {
        @Parameters(paramLabel = "QUESTION", description = "问题")
        String question;

        @Option(names = "--mode", defaultValue = "hybrid", description = "bm25, dense or hybrid (default ${DEFAULT-VALUE})")
        String mode;

        @Option(names = {"-k", "--limit"}, defaultValue = "5", description = "how many articles (default ${DEFAULT-VALUE})")
        int limit;

        @Option(names = "--history", defaultValue = "auto", description = "auto, current or all (default ${DEFAULT-VALUE})")
        String history;

        @Override
        public Integer call() throws IOException {
            PrintStream out = out();
            SearchOptions options;
            try {
                options = SearchOptions.defaults().withLimit(limit).withMode(SearchMode.valueOf(mode.toUpperCase()))
                        .withHistory(SearchOptions.History.valueOf(history.toUpperCase()));
            } catch (IllegalArgumentException e) {
                System.err.println("选项有误: " + e.getMessage());
                return 2;
            }
            if (question.isBlank()) {
                System.err.println("问题不能为空");
                return 2;
            }
            if (!indexExists()) {
                return 1;
            }
            try (Embedder embedder = options.mode() == SearchMode.BM25 ? null : new BgeEmbedder();
                 KnowledgeBase kb = KnowledgeBase.open(indexDir(), embedder)) {
                if (kb.documents().isEmpty()) {
                    System.err.println("知识库为空: 先运行 ./gongkai kb ingest DIR（索引 " + indexDir() + "）");
                    return 1;
                }
                List<Hit> hits = kb.search(question, options);
                int rank = 1;
                for (Hit hit : hits) {
                    print(out, rank++ + ". ", hit);
                    for (Hit linked : hit.linked()) {
                        print(out, "     ↳ " + linked.linkedAs().orElse("") + ": ", linked);
                    }
                }
                if (hits.isEmpty()) {
                    out.println("没有找到相关条文。");
                }
                return 0;
            }
        }

        private static void print(PrintStream out, String prefix, Hit hit) {
            String score = hit.exact() ? "exact" : String.format("%.4f", hit.score());
            out.printf("%s%s  [%s]  %s%s%n", prefix, hit.citation(), score, hit.source(),
                    hit.headings().isEmpty() ? "" : "  " + String.join(" / ", hit.headings()));
            String text = hit.text().replace('\n', ' ');
            out.println("     " + (text.length() > 160 ? text.substring(0, 160) + "…" : text));
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = {"用问题集评测检索：hit@1/3/5/10、MRR@10、检索耗时。每行 {\"question\",\"gold\":[{\"document\",\"article\",\"source\"}]}，也接受 law/article/corpus_file。",
                    "Evaluates retrieval on a JSON-lines question file."})
    static class Eval extends IndexOption implements Callable<Integer> {
        @Parameters(paramLabel = "QUESTIONS.jsonl")
        Path questions;

        @Option(names = "--k", defaultValue = "10", description = "how many articles to retrieve per question (default ${DEFAULT-VALUE})")
        int k;

        @Option(names = "--mode", defaultValue = "hybrid", description = "bm25, dense, hybrid or all (default ${DEFAULT-VALUE})")
        String mode;

        @Option(names = "--verbose", description = "list every question whose first hit is not a gold article")
        boolean verbose;

        @Option(names = "--warmup", defaultValue = "0", description = "untimed rounds over the questions before measuring latency (default ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--weights", paramLabel = "NAME=VALUE,...", defaultValue = "",
                description = "the ranking's knobs changed for this run, e.g. dense=1.2,depth=50 (names: title, headings, bm25, dense, convex, rrfk, depth, expansion)")
        String weights;

        @Override
        public Integer call() throws IOException {
            PrintStream out = out();
            List<EvalQuestion> list;
            RankingWeights ranking;
            List<SearchMode> modes;
            try {
                list = EvalQuestion.read(questions);
                ranking = RankingWeights.DEFAULT.with(weights);
                modes = mode.equalsIgnoreCase("all") ? List.of(SearchMode.values())
                        : List.of(SearchMode.valueOf(mode.toUpperCase()));
            } catch (IOException | IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            if (!indexExists()) {
                return 1;
            }
            boolean dense = modes.stream().anyMatch(m -> m != SearchMode.BM25);
            try (Embedder embedder = dense ? new BgeEmbedder() : null;
                 KnowledgeBase kb = KnowledgeBase.open(indexDir(), embedder, Clock.systemDefaultZone(), ranking)) {
                for (SearchMode m : modes) {
                    Evaluation.Report report = Evaluation.run(kb, list, SearchOptions.defaults().withMode(m).withLimit(k), warmup);
                    out.print(report.summary());
                    if (verbose) {
                        for (Evaluation.Miss miss : report.misses()) {
                            out.printf("  %s line %d: %s%n     gold %s%n     top  %s%n",
                                    miss.rank() == 0 ? "MISS" : "rank " + miss.rank(), miss.question().line(),
                                    miss.question().question(), miss.question().gold(), miss.top());
                        }
                    }
                    out.println();
                }
                return 0;
            }
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"用问题集学习混合检索的重排权重（坐标上升，按奇偶行两折交叉验证报告）。",
                    "Learns the hybrid search's reranker weights from a question file (coordinate ascent on MRR@10; "
                            + "two-fold cross-validation on odd and even lines)."})
    static class Train extends IndexOption implements Callable<Integer> {
        @Parameters(paramLabel = "QUESTIONS.jsonl")
        Path questions;

        @Option(names = "--features", defaultValue = Reranker.STANDARD_FEATURES,
                description = "the features that may get a weight, comma-separated, or all (default ${DEFAULT-VALUE})")
        String features;

        @Option(names = "--depth", defaultValue = "20", description = "how many fused articles are reordered (default ${DEFAULT-VALUE})")
        int depth;

        @Option(names = "--out", paramLabel = "FILE", description = "write the weights learnt on all questions there (the shipped file: src/knowledge/src/main/resources/cn/gongkai/knowledge/reranker.txt)")
        Path output;

        @Override
        public Integer call() throws IOException {
            PrintStream out = out();
            List<EvalQuestion> list;
            boolean[] free;
            try {
                list = EvalQuestion.read(questions);
                free = Reranker.featureMask(features);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            if (!indexExists()) {
                return 1;
            }
            try (Embedder embedder = new BgeEmbedder();
                 KnowledgeBase kb = KnowledgeBase.open(indexDir(), embedder, Clock.systemDefaultZone(), RankingWeights.DEFAULT, null)) {
                RerankTraining.Result result = new RerankTraining(new CoordinateAscent(20, 0.5), free)
                        .train(RerankTraining.queries(kb, list, depth), depth);
                out.print(result.summary());
                String comment = "learnt by ./gongkai kb train " + questions.getFileName() + " --features " + features
                        + " --depth " + depth + "\n" + result.summary().strip();
                String weights = result.reranker().format(comment);
                out.print(weights);
                if (output != null) {
                    Files.writeString(output, weights, StandardCharsets.UTF_8);
                }
                return 0;
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
