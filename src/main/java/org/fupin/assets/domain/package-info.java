/**
 * The pure rules of project assets (扶贫项目资产): plain Java, no Spring, SQL or clock. Each rule answers the reasons
 * against a step (empty: allowed).
 */
package org.fupin.assets.domain;
