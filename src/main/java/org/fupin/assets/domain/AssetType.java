package org.fupin.assets.domain;

/** 资产类别: 公益性 (roads, water), 经营性 (greenhouses, shares, plants that earn income), 到户类 (given to a household). */
public enum AssetType {
    PUBLIC_WELFARE, PRODUCTIVE, HOUSEHOLD;

    /** Only productive assets earn a yearly income to record and distribute. */
    public boolean earnsIncome() { return this == PRODUCTIVE; }
}
