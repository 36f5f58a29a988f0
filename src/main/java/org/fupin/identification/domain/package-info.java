/** The pure rules of identification: plain Java, no Spring, SQL or clock; open to other modules as the named interface "domain". */
@NamedInterface("domain")
package org.fupin.identification.domain;

import org.springframework.modulith.NamedInterface;
