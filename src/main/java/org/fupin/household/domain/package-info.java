/** The pure rules of household: plain Java, no Spring, SQL or clock; open to other modules as the named interface "domain". */
@NamedInterface("domain")
package org.fupin.household.domain;

import org.springframework.modulith.NamedInterface;
