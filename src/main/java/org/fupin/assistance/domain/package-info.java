/** The pure rules of assistance: plain Java, no Spring, SQL or clock; open to other modules as the named interface "domain". */
@NamedInterface("domain")
package org.fupin.assistance.domain;

import org.springframework.modulith.NamedInterface;
