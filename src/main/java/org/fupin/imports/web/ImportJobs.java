package org.fupin.imports.web;

import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fupin.imports.ImportProgress;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Registry imports of large uploads run here, off the request (issue #22): one at a time on their own thread, as the
 * user who uploaded them, while their page polls the progress. A job is found by its id and only by the user who
 * started it; finished jobs are forgotten an hour after they end.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    /** One import: its upload, its progress, and once finished its report (null if it failed). */
    static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final String fileName;
        final Path file;
        final ImportProgress progress = new ImportProgress();
        volatile ImportReport report;
        volatile boolean failed;
        volatile Instant ended;
        /** Set when a rejected upload's file passed to the session ({@link RejectedUpload}), which deletes it. */
        volatile boolean handedOver;

        Job(String owner, String fileName, Path file) {
            this.owner = owner;
            this.fileName = fileName;
            this.file = file;
        }

        boolean finished() { return ended != null; }
    }

    /** What to import: the options of the upload form. */
    record Request(boolean dryRun, boolean confirmStatusChanges, boolean partial, Locale locale) {}

    private final Imports imports;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "registry-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(Imports imports) { this.imports = imports; }

    /** Starts the import of {@code file} (which the job now owns) as the current user; returns at once. */
    Job start(String owner, String fileName, Path file, Request request) {
        forgetOld();
        Job job = new Job(owner, fileName, file);
        jobs.put(job.id, job);
        // a copy of the uploader's context: logging out clears the session's own context object in place, which
        // would leave the job running (and audited) as nobody
        SecurityContext uploader = SecurityContextHolder.createEmptyContext();
        uploader.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        runner.execute(new DelegatingSecurityContextRunnable(() -> run(job, request), uploader));
        return job;
    }

    /** The job of that id, if {@code owner} started it. */
    Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner.equals(owner));
    }

    private void run(Job job, Request request) {
        try {
            job.report = imports.importRegistry(job.file, request.dryRun(), request.confirmStatusChanges(),
                    request.partial(), request.locale(), job.progress);
        } catch (RuntimeException e) {
            log.error("Registry import {} of {} failed", job.id, job.fileName, e);
            job.failed = true;
        } finally {
            job.progress.done();
            if (job.report == null || job.report.accepted()) deleteQuietly(job.file);
            job.ended = Instant.now();
        }
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> {
            boolean old = job.finished() && job.ended.isBefore(limit);
            if (old && !job.handedOver) deleteQuietly(job.file);
            return old;
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            log.warn("Could not delete the upload {}: {}", file, e.getMessage());
        }
    }

    @PreDestroy
    void stop() { runner.shutdownNow(); }
}
