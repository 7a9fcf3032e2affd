package org.yrdkg.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: {@code clients} threads, each sending its next request as soon as the previous
 * answer is in, until {@code total} requests have been answered; the requests are cycled through.
 * Loopback only: every URI the bench builds points at localhost.
 */
final class HttpLoad {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The status of one request, for probing whether an endpoint exists. */
    int status(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Sends each request once (up to {@code count}), unmeasured: JIT, plan caches and page cache warm up. */
    void warmUp(List<HttpRequest> requests, int count) throws IOException, InterruptedException {
        for (int i = 0; i < Math.min(count, requests.size()); i++) {
            client.send(requests.get(i), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    Latencies run(List<HttpRequest> requests, int clients, int total) throws InterruptedException {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    HttpRequest request = requests.get(i % requests.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    nanos[i] = System.nanoTime() - t0;
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return Latencies.of(nanos, errors.get(), System.nanoTime() - started);
    }
}
