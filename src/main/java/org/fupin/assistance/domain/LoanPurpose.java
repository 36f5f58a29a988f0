package org.fupin.assistance.domain;

/** What a micro-credit loan is for; only production uses qualify (国开办发〔2014〕78号: not 结婚、建房、理财、消费). */
public enum LoanPurpose {
    PLANTING(true), BREEDING(true), PROCESSING(true), COMMERCE(true), TOURISM(true), OTHER_PRODUCTION(true),
    HOUSE_BUILDING(false), WEDDING(false), CONSUMPTION(false), INVESTMENT(false), POOLED_TO_ENTERPRISE(false);

    private final boolean production;

    LoanPurpose(boolean production) { this.production = production; }

    public boolean production() { return production; }
}
