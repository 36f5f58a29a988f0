/** The pure rules of comparison: plain Java, no Spring, SQL or clock; open to other modules as the named interface "domain". */
@NamedInterface("domain")
package org.fupin.comparison.domain;

import org.springframework.modulith.NamedInterface;
