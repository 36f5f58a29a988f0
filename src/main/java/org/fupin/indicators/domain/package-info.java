/** The pure rules of indicators: plain Java, no Spring, SQL or clock; open to other modules as the named interface "domain". */
@NamedInterface("domain")
package org.fupin.indicators.domain;

import org.springframework.modulith.NamedInterface;
