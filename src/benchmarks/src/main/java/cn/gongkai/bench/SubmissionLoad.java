package cn.gongkai.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on a running local stack ({@code ./gongkai serve}): N clients submit applications as fast as they can for a
 * while, each with its own idempotency key; then the same machine's raw PostgreSQL single-row insert rate with the
 * same number of clients, for comparison; then the same HTTP stack with a function that needs no database (the
 * deadline calculator), for the framework's own ceiling; then a check that every accepted submission is stored
 * exactly once.
 *
 * <pre>java -cp src/benchmarks/target/benchmarks.jar cn.gongkai.bench.SubmissionLoad URL JDBC-URL [clients] [seconds] [server-pid] [warm-up seconds]</pre>
 */
public final class SubmissionLoad {
    private static final String AGENCY = "demo";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;

        // Keys unique to this run, so the stored-once check also holds when the benchmark runs again on one database.
        String run = Long.toString(System.currentTimeMillis(), 36);
        // long enough for the JIT to finish with the submission path: on 2 busy cores its compilers compete with the
        // load, and 10 s left the server spending twice the CPU per submission of a warm one
        long serverPid = args.length > 4 ? Long.parseLong(args[4]) : -1;
        int warmUpSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        Result warmUp = submissions(base, clients, warmUpSeconds, "warm-" + run);
        System.out.printf("warm-up: %d submissions%n", warmUp.count());
        CpuMeter cpu = CpuMeter.start(serverPid);
        Result load = submissions(base, clients, seconds, "load-" + run);
        String spent = cpu.report(load.count());
        System.out.printf("submissions: %d clients, %d s: %.0f/s, p50 %.1f ms, p99 %.1f ms, errors %d%n",
                clients, seconds, load.perSecond(), load.percentile(50), load.percentile(99), load.errors());
        System.out.println(spent);

        Result raw = rawInserts(jdbc, clients, seconds);
        System.out.printf("raw PostgreSQL single-row inserts: %d clients, %d s: %.0f/s, p50 %.2f ms, p99 %.2f ms%n",
                clients, seconds, raw.perSecond(), raw.percentile(50), raw.percentile(99));
        System.out.printf("ratio submissions / raw inserts: %.3f%n", load.perSecond() / raw.perSecond());

        // The same HTTP stack with a function that touches no database (the deadline calculator): what Quarkus,
        // Funqy, JSON and the load generator cost on their own, so the submission's own share is visible.
        String deadline = "{\"received\":\"2024-02-09\"}";
        calls(base, clients, Math.max(5, seconds / 3), "/deadline", deadline);
        CpuMeter bare = CpuMeter.start(serverPid);
        Result ceiling = calls(base, clients, seconds, "/deadline", deadline);
        System.out.printf("the HTTP stack alone (POST /deadline, no database): %d clients, %d s: %.0f/s, p50 %.1f ms,"
                        + " p99 %.1f ms, errors %d%n", clients, seconds, ceiling.perSecond(), ceiling.percentile(50),
                ceiling.percentile(99), ceiling.errors());
        System.out.println(bare.report(ceiling.count(), "call"));

        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            ResultSet rows = c.createStatement().executeQuery(
                    "select count(*), count(distinct idempotency_key) from application_detail where idempotency_key like 'load-"
                            + run + "-%'");
            rows.next();
            System.out.printf("stored: %d applications for %d accepted submissions, %d distinct keys (lost: %d, duplicated: %d)%n",
                    rows.getLong(1), load.accepted().size(), rows.getLong(2),
                    load.accepted().size() - rows.getLong(2), rows.getLong(1) - rows.getLong(2));
        }
    }

    /**
     * CPU time spent during the load by the server, by PostgreSQL and by this load generator, per submission: on a
     * shared machine the throughput depends on what else runs; the CPU per submission does not, and 2 cores divided
     * by it bounds what the machine could do with nothing else running.
     */
    record CpuMeter(long serverPid, long server, long postgres, long client) {
        static CpuMeter start(long serverPid) {
            return new CpuMeter(serverPid, cpuOf(serverPid), postgresCpu(), cpuOf(ProcessHandle.current().pid()));
        }

        String report(long submissions) {
            return report(submissions, "submission");
        }

        String report(long count, String what) {
            double serverMs = (cpuOf(serverPid) - server) / 1e6 / count;
            double postgresMs = (postgresCpu() - postgres) / 1e6 / count;
            double clientMs = (cpuOf(ProcessHandle.current().pid()) - client) / 1e6 / count;
            double total = serverMs + postgresMs + clientMs;
            return String.format("cpu per %s: server %.3f ms, PostgreSQL %.3f ms, load generator %.3f ms;"
                            + " %d cores / %.3f ms = at most %.0f %ss/s with nothing else running",
                    what, serverMs, postgresMs, clientMs, Runtime.getRuntime().availableProcessors(), total,
                    Runtime.getRuntime().availableProcessors() * 1000 / total, what);
        }

        private static long cpuOf(long pid) {
            return pid < 0 ? 0 : ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
                    .map(java.time.Duration::toNanos).orElse(0L);
        }

        private static long postgresCpu() {
            return ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
        }
    }

    record Result(long count, long errors, double elapsedSeconds, long[] latenciesNanos, Set<String> accepted) {
        double perSecond() {
            return count / elapsedSeconds;
        }

        double percentile(int p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p / 100.0 * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, index)] / 1e6;
        }
    }

    private static Result submissions(String base, int clients, int seconds, String prefix) throws Exception {
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicLong errors = new AtomicLong();
        return posts(base, clients, seconds, (connection, client, n) -> {
            String key = prefix + "-" + client + "-" + n;
            String body = """
                    {"agencyId":"%s","applicantKind":"NATURAL_PERSON","name":"压测申请人%d","idNumber":"11010519491231002X",
                     "phone":"13812345678","description":"负载测试：第%d号客户端的第%d件申请","deliveryForm":"ELECTRONIC",
                     "deliveryMethod":"ONLINE"}""".formatted(AGENCY, client, client, n);
            if (connection.post("/submit", "Idempotency-Key: " + key + "\r\n", body).status() == 200) {
                accepted.add(key);
            } else {
                errors.incrementAndGet();
            }
        }, errors, accepted);
    }

    private static Result calls(String base, int clients, int seconds, String path, String body) throws Exception {
        AtomicLong errors = new AtomicLong();
        return posts(base, clients, seconds, (connection, client, n) -> {
            if (connection.post(path, "", body).status() != 200) {
                errors.incrementAndGet();
            }
        }, errors, Set.of());
    }

    interface Post {
        void post(KeepAliveClient connection, int client, int n) throws Exception;
    }

    /** {@link #run} with one keep-alive connection per client. */
    private static Result posts(String base, int clients, int seconds, Post post, AtomicLong errors,
                                Set<String> accepted) throws Exception {
        URI server = URI.create(base);
        KeepAliveClient[] connections = new KeepAliveClient[clients];
        for (int i = 0; i < clients; i++) {
            connections[i] = new KeepAliveClient(server);
        }
        try {
            return run(clients, seconds, (client, n) -> post.post(connections[client], client, n), errors, accepted);
        } finally {
            for (KeepAliveClient c : connections) {
                c.close();
            }
        }
    }

    private static Result rawInserts(String jdbc, int clients, int seconds) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_insert (id bigserial primary key, client int, n int, payload text)");
            s.execute("truncate bench_insert");
        }
        Map<Integer, Connection> connections = new HashMap<>();
        for (int i = 0; i < clients; i++) {
            connections.put(i, DriverManager.getConnection(jdbc, "postgres", "postgres"));
        }
        try {
            return run(clients, seconds, (client, n) -> {
                try (PreparedStatement insert = connections.get(client).prepareStatement(
                        "insert into bench_insert (client, n, payload) values (?, ?, ?)")) {
                    insert.setInt(1, client);
                    insert.setInt(2, n);
                    insert.setString(3, "负载测试");
                    insert.executeUpdate();
                }
            }, new AtomicLong(), Set.of());
        } finally {
            for (Connection c : connections.values()) {
                c.close();
            }
        }
    }

    interface Call {
        void call(int client, int n) throws Exception;
    }

    private static Result run(int clients, int seconds, Call call, AtomicLong errors, Set<String> accepted) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        call.call(client, n);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged.length, errors.get(), elapsed, merged, accepted);
    }
}
