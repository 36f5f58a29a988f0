package org.fupin.imports;

import java.util.List;

/**
 * Published in the import's transaction when a confirmed registry file changed the status of registered
 * households: the batch (with its file digest) and each change, so that the procedures record them as events.
 */
public record RegistryStatusChanged(long batchId, String fileName, String sha256, String actor, List<StatusChange> changes) {}
