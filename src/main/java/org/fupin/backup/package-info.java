/**
 * Backup and restore of the database and its key (issue #23): a consistent dump taken while the server serves, and
 * a restore that checks the audit chain of what it restored.
 */
package org.fupin.backup;
