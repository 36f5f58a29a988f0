package org.fupin.assets.domain;

/** Who owns an asset after 确权: the village collective, the township, the county, or the household it was given to. */
public enum OwnerKind { VILLAGE_COLLECTIVE, TOWNSHIP, COUNTY, HOUSEHOLD }
