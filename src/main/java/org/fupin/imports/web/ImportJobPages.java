package org.fupin.imports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fupin.access.Users;
import org.fupin.imports.ImportProgress;
import org.fupin.imports.ImportReport;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of a registry import running in the background (issue #22): a progress bar (pass, rows read, households
 * checked, time left) that htmx refreshes every second, at an address of its own so a reload finds it again, and the
 * import's report in the same place once it has ended.
 */
@Controller
class ImportJobPages {

    private final ImportJobs jobs;
    private final Users users;

    ImportJobPages(ImportJobs jobs, Users users) {
        this.jobs = jobs;
        this.users = users;
    }

    @GetMapping("/imports/jobs/{id}")
    String job(@PathVariable String id, Authentication user, HttpSession session, Model model) {
        ImportJobs.Job job = find(id, user);
        model.addAttribute("fileName", job.fileName);
        model.addAttribute("kind", "registry");
        if (!job.finished()) {
            model.addAttribute("job", view(job));
            return "imports/imports";
        }
        ImportReport report = job.report;
        if (report == null) {
            model.addAttribute("jobFailed", true);
            return "imports/imports";
        }
        if (!report.accepted() && !job.handedOver) {
            job.handedOver = true;
            session.setAttribute(ImportPages.REJECTED, new RejectedUpload(job.file.toString(), report));
        }
        model.addAttribute("report", report);
        return "imports/imports";
    }

    /** The progress fragment; once the import has ended, htmx is told to load the job's page (its report). */
    @GetMapping("/imports/jobs/{id}/progress")
    String progress(@PathVariable String id, Authentication user, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        ImportJobs.Job job = find(id, user);
        if (job.finished()) response.setHeader("HX-Redirect", request.getContextPath() + "/imports/jobs/" + id);
        model.addAttribute("job", view(job));
        return "imports/imports :: progress";
    }

    private ImportJobs.Job find(String id, Authentication user) {
        if (!RegionScope.ALL.equals(users.scopeOf(user))) throw new RegionScope.OutOfScopeException("imports");
        return jobs.find(id, user.getName()).orElseThrow(() -> new RegionScope.OutOfScopeException("imports"));
    }

    /** What the progress bar shows. */
    record JobView(String id, String fileName, String passKey, long rowsRead, long householdsChecked,
                   long expectedRows, int percent, long minutesLeft, long secondsLeft) {}

    private static JobView view(ImportJobs.Job job) {
        ImportProgress.Snapshot s = job.progress.snapshot();
        return new JobView(job.id, job.fileName, "import.progress.pass." + s.pass().name(), s.rowsRead(), s.householdsChecked(),
                s.expectedRows(), s.percent(), s.secondsLeft() < 0 ? -1 : s.secondsLeft() / 60,
                s.secondsLeft() < 0 ? -1 : s.secondsLeft() % 60);
    }
}
