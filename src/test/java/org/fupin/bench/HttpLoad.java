package org.fupin.bench;

import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded loopback load for the web/API benchmark of issue #9 (BENCHMARKS.md), with no dependency beyond the JDK so
 * that it runs as a single source file next to a running Fupin:
 * <pre>java src/test/java/org/fupin/bench/HttpLoad.java BASE USER PASSWORD CLIENTS SECONDS FIRST_ID LAST_ID PATH...</pre>
 * It logs in once through the form (one session, so no password hash per request), then {@code CLIENTS} threads each
 * send requests back to back (a closed loop) for {@code SECONDS} after a warm-up of a fifth of that, each to one of the
 * {@code PATH}s with {@code {id}} replaced by a random household id in [FIRST_ID, LAST_ID] (the ids of a freshly
 * generated province are contiguous; ids that do not exist show up as 404s in the status counts). It prints, per path, the
 * requests, throughput and p50/p99/max latency, and the count of each status code. Client and server share the machine,
 * so the figures include the client's own cost. The smoke test runs it for a second; timings are never asserted.
 */
public final class HttpLoad {

    /** The outcome for one path: latencies in nanoseconds (sorted) and the status codes seen. */
    public record Result(String path, int clients, double seconds, long[] nanos, Map<Integer, Long> statuses) {

        public long requests() { return nanos.length; }

        public double throughput() { return nanos.length / seconds; }

        public double percentileMillis(double p) {
            if (nanos.length == 0) return Double.NaN;
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }

        @Override
        public String toString() {
            return String.format("%-32s clients=%d requests=%d throughput=%.0f/s p50=%.1fms p99=%.1fms max=%.1fms status=%s",
                    path, clients, requests(), throughput(), percentileMillis(50), percentileMillis(99),
                    percentileMillis(100), statuses);
        }
    }

    private final HttpClient client;
    private final String base;
    /** Sent with every request instead of a session cookie (HTTP Basic or a bearer token), or null. */
    private final String authorization;

    public HttpLoad(String base, String user, String password) throws Exception {
        this.base = base;
        this.authorization = null;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        logIn(user, password);
    }

    /** Stateless clients that authenticate every request with this header (no session). */
    public HttpLoad(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A personal access token of the user, created through the API with HTTP Basic (the server must allow it). */
    public static String token(String base, String user, String password) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", basic(user, password)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load test\",\"days\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(created.body());
        if (created.statusCode() != 201 || !secret.find()) {
            throw new IllegalStateException("token not created: " + created.statusCode() + " " + created.body());
        }
        return "Bearer " + secret.group(1);
    }

    private void logIn(String user, String password) throws Exception {
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) throw new IllegalStateException("no CSRF token on " + base + "/login");
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login as " + user + " failed: " + response.statusCode() + " " + location);
        }
    }

    /** Runs the closed-loop load on one path pattern and answers the latencies measured after the warm-up. */
    public Result run(String path, int clients, double seconds, long[] ids) throws InterruptedException {
        long warmUpEnd = System.nanoTime() + (long) (seconds * 0.2e9);
        long end = warmUpEnd + (long) (seconds * 1e9);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Recorder recorder = new Recorder(new SplittableRandom(c));
            recorders.add(recorder);
            Thread thread = new Thread(() -> loop(path, ids, warmUpEnd, end, recorder, statuses), "load-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        long[] all = recorders.stream().flatMapToLong(r -> Arrays.stream(r.nanos, 0, r.count)).sorted().toArray();
        return new Result(path, clients, seconds, all, new TreeMap<>(statuses));
    }

    /** One client's latencies, written by its thread only and read after it has ended. */
    private static final class Recorder {
        final SplittableRandom random;
        long[] nanos = new long[1024];
        int count;

        Recorder(SplittableRandom random) { this.random = random; }

        void add(long elapsed) {
            if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
            nanos[count++] = elapsed;
        }
    }

    private void loop(String path, long[] ids, long warmUpEnd, long end, Recorder recorder,
                      Map<Integer, Long> statuses) {
        while (true) {
            long start = System.nanoTime();
            if (start >= end) return;
            String target = path.replace("{id}", Long.toString(ids[recorder.random.nextInt(ids.length)]));
            int status;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(30));
                if (authorization != null) request.header("Authorization", authorization);
                status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long elapsed = System.nanoTime() - start;
            if (start < warmUpEnd) continue;
            statuses.merge(status, 1L, Long::sum);
            recorder.add(elapsed);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 8) {
            System.err.println("usage: HttpLoad BASE USER PASSWORD CLIENTS SECONDS FIRST_ID LAST_ID PATH...");
            System.exit(2);
        }
        long[] ids = java.util.stream.LongStream.rangeClosed(Long.parseLong(args[5]), Long.parseLong(args[6])).toArray();
        PrintStream out = System.out;
        if ("compare".equals(System.getProperty("auth"))) {
            // the same calls authenticated per request: HTTP Basic (a BCrypt check each) against a token (a hash)
            for (String authorization : new String[] {basic(args[1], args[2]), token(args[0], args[1], args[2])}) {
                out.println(authorization.substring(0, authorization.indexOf(' ')));
                HttpLoad stateless = new HttpLoad(args[0], authorization);
                for (int i = 7; i < args.length; i++) {
                    out.println(stateless.run(args[i], Integer.parseInt(args[3]), Double.parseDouble(args[4]), ids));
                }
            }
            return;
        }
        HttpLoad load = new HttpLoad(args[0], args[1], args[2]);
        for (int i = 7; i < args.length; i++) {
            out.println(load.run(args[i], Integer.parseInt(args[3]), Double.parseDouble(args[4]), ids));
        }
    }
}
