/** The pure rules of funds: plain Java, no Spring, SQL or clock; open to other modules as the named interface "domain". */
@NamedInterface("domain")
package org.fupin.funds.domain;

import org.springframework.modulith.NamedInterface;
