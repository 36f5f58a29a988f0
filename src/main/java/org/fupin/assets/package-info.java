/**
 * Assets formed by assistance projects (扶贫项目资产, issue #25, ADR 0035): the register of what completed projects
 * built, ownership (确权) with its hand-over notice, custody (管护) with history, the yearly income of productive
 * assets and its distribution into households' income items, state flags (闲置, 损毁, 处置 with approval), region
 * figures and alerts, and the XLSX template. The root package is the module's API; rules are in {@code domain}.
 */
package org.fupin.assets;
