package org.fupin.household;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A household-year with its members, for the household page and the API. Labels come from the year's code lists;
 * ID numbers and phone numbers are masked (first 6 characters and the last one; 138****5678). A member's birth is
 * given as a month only, never as the full date: the date would give back the digits the mask hides (issue #23).
 * Rules that need an exact age ask {@link HouseholdRegistry#birthDates} inside the service.
 */
public record HouseholdDetail(long id, int year, String householdNumber, String villageCode, String phoneMasked,
                              String identificationStandard, String attribute, String mainCause,
                              List<String> otherCauses, String povertyStatus, Integer exitYear,
                              BigDecimal wageIncome, BigDecimal businessIncome, BigDecimal propertyIncome,
                              BigDecimal transferIncome, BigDecimal businessExpense, BigDecimal netIncome,
                              BigDecimal netIncomePerCapita, BigDecimal povertyLine, String housingSafety,
                              boolean safeDrinkingWater, boolean hasElectricity, List<Person> members) {

    /** A member as shown on screen: the masked ID number beside the birth month (e.g. 1980-05). */
    public record Person(int position, String name, String idNumberMasked, String relationship, String sex,
                         YearMonth birthMonth, String ethnicity, String education, String schooling, List<String> health,
                         String labourSkill, String workStatus, Integer workMonths, boolean medicalInsurance,
                         boolean pensionInsurance, Boolean employeeMedicalInsurance, String schoolingExemption) {

        /** Insured by any basic medical insurance: 城乡居民 or 城镇职工. */
        public boolean basicMedicalInsurance() {
            return medicalInsurance || Boolean.TRUE.equals(employeeMedicalInsurance);
        }
    }

    /** True when 人均纯收入 is below the year's national line (null line: unknown). */
    public Boolean belowLine() {
        return povertyLine == null ? null : netIncomePerCapita.compareTo(povertyLine) < 0;
    }

    public static String maskPhone(String phone) {
        return phone == null || phone.length() != 11 ? phone : phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
