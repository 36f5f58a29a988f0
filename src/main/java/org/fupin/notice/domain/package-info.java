/** The pure rules of notice: plain Java, no Spring, SQL or clock; open to other modules as the named interface "domain". */
@NamedInterface("domain")
package org.fupin.notice.domain;

import org.springframework.modulith.NamedInterface;
