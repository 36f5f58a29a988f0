/** The pure rules of monitoring: plain Java, no Spring, SQL or clock; open to other modules as the named interface "domain". */
@NamedInterface("domain")
package org.fupin.monitoring.domain;

import org.springframework.modulith.NamedInterface;
