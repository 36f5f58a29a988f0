package org.fupin.audit.cli;

import java.util.List;
import java.util.Optional;
import org.fupin.audit.AuditLog;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.springframework.stereotype.Component;

/** {@code audit verify}: exit 0 when the hash chain is intact, 1 with the first broken row otherwise. */
@Component
class AuditCommands implements CliCommand {

    private final AuditLog auditLog;

    AuditCommands(AuditLog auditLog) { this.auditLog = auditLog; }

    @Override
    public List<String> names() { return List.of("audit"); }

    @Override
    public int run(Invocation call) {
        if (!call.rest().equals(List.of("verify"))) return call.usage();
        Optional<Long> broken = auditLog.verify();
        call.out().println(broken.map(id -> call.message("cli.audit.broken", id)).orElseGet(() -> call.message("cli.audit.intact")));
        return broken.isPresent() ? 1 : 0;
    }
}
