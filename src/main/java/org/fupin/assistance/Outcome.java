package org.fupin.assistance;

import java.util.List;
import org.fupin.kernel.Reason;

/** What a change did: the id of the row written, or the reasons it was refused (nothing written then). */
public record Outcome(Long id, List<Reason> reasons) {

    public static Outcome saved(long id) { return new Outcome(id, List.of()); }

    public static Outcome refused(List<Reason> reasons) { return new Outcome(null, List.copyOf(reasons)); }

    public static Outcome refused(Reason reason) { return new Outcome(null, List.of(reason)); }

    public boolean accepted() { return id != null; }
}
