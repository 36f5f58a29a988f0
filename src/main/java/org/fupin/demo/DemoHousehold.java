package org.fupin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;

/** One synthetic household: a head, maybe a spouse, children; labels come from the year's code lists. */
final class DemoHousehold {

    private final CodeLists codes;
    private final Random random;
    private final String[] names;
    private final int year;
    private final String village;
    private final String number;
    private final PersonIds ids;
    private boolean poorOnly;

    /** Issues an ID number for a person born on a date; may draw from the generator's random sequence. */
    interface PersonIds {
        String next(Random random, LocalDate birth, boolean male);
    }

    DemoHousehold(CodeLists codes, Random random, String[] names, int year, String village, String number) {
        this(codes, random, names, year, village, number, DemoGenerator::idNumber);
    }

    DemoHousehold(CodeLists codes, Random random, String[] names, int year, String village, String number, PersonIds ids) {
        this.ids = ids;
        this.codes = codes;
        this.random = random;
        this.names = names;
        this.year = year;
        this.village = village;
        this.number = number;
    }

    void appendTo(StringBuilder csv) {
        boolean headMale = random.nextInt(5) > 0;
        int headBirthYear = year - 28 - random.nextInt(45);
        String surname = pick(names[1].trim().split(" "));
        List<String> rows = new ArrayList<>();
        rows.add(person(0, headMale, headBirthYear, surname) + "," + householdColumns());
        appendOthers(csv, rows, random.nextInt(5), headMale, headBirthYear, surname);
    }

    /**
     * A poor household (未脱贫, 国家标准) of exactly {@code size} members with incomes below the line: a head, a spouse
     * when there are two or more, children.
     */
    void appendPoor(StringBuilder csv, int size) {
        poorOnly = true;
        boolean headMale = random.nextInt(5) > 0;
        int headBirthYear = year - 30 - random.nextInt(40);
        String surname = pick(names[1].trim().split(" "));
        List<String> rows = new ArrayList<>();
        rows.add(person(0, headMale, headBirthYear, surname) + "," + householdColumns());
        appendOthers(csv, rows, size - 1, headMale, headBirthYear, surname);
    }

    private void appendOthers(StringBuilder csv, List<String> rows, int others, boolean headMale, int headBirthYear,
                              String surname) {
        if (others > 0 && (poorOnly || random.nextInt(4) > 0)) {
            rows.add(person(1, !headMale, headBirthYear + random.nextInt(5) - 2, pick(names[1].trim().split(" ")))
                    + "," + ",".repeat(14));
            others--;
        }
        for (int i = 0; i < others; i++) {
            boolean male = random.nextBoolean();
            int birthYear = Math.min(year - 1, headBirthYear + 22 + random.nextInt(12));
            rows.add(person(male ? 2 : 3, male, birthYear, surname) + "," + ",".repeat(14));
        }
        Collections.rotate(rows, random.nextInt(rows.size()));
        rows.forEach(row -> csv.append(row).append('\n'));
    }

    private String person(int relationship, boolean male, int birthYear, String surname) {
        LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        int age = year - birthYear;
        String given = pick(names[2].trim().split(" ")) + (random.nextBoolean() ? pick(names[2].trim().split(" ")) : "");
        String education = "";
        String schooling = "";
        if (age < 6) education = label(CodeLists.EDUCATION, 5);
        else if (age <= 18) schooling = label(CodeLists.SCHOOLING, Math.min(age - 5, 7));
        else education = label(CodeLists.EDUCATION, random.nextInt(5));
        int healthIndex = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(3);
        int labour = age < 16 ? 3 : age >= 65 ? 2 : healthIndex > 0 && random.nextBoolean() ? 2 : random.nextInt(2);
        boolean works = labour < 2 && schooling.isEmpty() && random.nextInt(3) == 0;
        return String.join(",", String.valueOf(year), village, number, surname + given,
                ids.next(random, birth, male), label(CodeLists.RELATIONSHIP, relationship),
                label(CodeLists.SEX, male ? 0 : 1), label(CodeLists.ETHNICITY, pick(new Integer[] {0, 1, 2, 3, 47})),
                education, schooling, label(CodeLists.HEALTH, healthIndex), label(CodeLists.LABOUR_SKILL, labour),
                works ? label(CodeLists.WORK_STATUS, random.nextInt(4)) : "",
                works ? String.valueOf(1 + random.nextInt(12)) : "",
                label(CodeLists.YES_NO, 0), label(CodeLists.YES_NO, random.nextInt(4) == 0 ? 1 : 0));
    }

    private String householdColumns() {
        int status = poorOnly ? 0 : random.nextInt(10) < 7 ? 1 : random.nextInt(10) < 8 ? 0 : 2;
        boolean exited = status == 1;
        int cause = random.nextInt(11);
        int other = (cause + 1 + random.nextInt(10)) % 11;
        String phone = "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000));
        return String.join(",", phone, label(CodeLists.IDENTIFICATION_STANDARD, 0),
                label(CodeLists.HOUSEHOLD_ATTRIBUTE, random.nextInt(3)), label(CodeLists.POVERTY_CAUSE, cause),
                random.nextBoolean() ? label(CodeLists.POVERTY_CAUSE, other) : "",
                label(CodeLists.POVERTY_STATUS, status), exited ? String.valueOf(year - random.nextInt(3)) : "",
                DemoGenerator.money(random, exited ? 3000 : 500, exited ? 14000 : 4000),
                DemoGenerator.money(random, exited ? 2000 : 300, exited ? 11000 : 3000),
                random.nextInt(5) == 0 ? DemoGenerator.money(random, 0, 500) : "0.00",
                DemoGenerator.money(random, 300, 1500), random.nextInt(6) == 0 ? DemoGenerator.money(random, 0, 800) : "0.00",
                label(CodeLists.HOUSING_SAFETY, exited ? random.nextInt(2) : random.nextInt(4)),
                label(CodeLists.YES_NO, random.nextInt(8) == 0 ? 1 : 0), label(CodeLists.YES_NO, 0));
    }

    private String label(String list, int index) {
        CodeList codeList = codes.get(list);
        return codeList.entries().get(index).label();
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }
}
