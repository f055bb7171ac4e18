package io.tablewise.devhost.sample;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The users of the sample instance, shared by every table that names a person. Built once per
 * world in index order, so name clashes are resolved (by a number suffix) the same way every time.
 */
final class People {

    static final long INTERNAL_DIRECTORY = 1;
    static final long LDAP_DIRECTORY = 10000;
    private static final Instant FIRST_USER_CREATED = Instant.parse("2018-06-04T09:12:31.418Z");
    private static final long TAG = Rng.tag("people");

    record Person(
            int index,
            long id,
            String userName,
            String lowerUserName,
            String firstName,
            String lastName,
            String displayName,
            String email,
            String userKey,
            long directoryId,
            boolean active,
            Instant created,
            String timeZone,
            String locale) {
    }

    private final Person[] people;

    People(long seed, int count) {
        people = new Person[count];
        Set<String> taken = new HashSet<>();
        long spacingMillis = 7L * 365 * 24 * 3600 * 1000 / Math.max(1, count);
        for (int i = 0; i < count; i++) {
            people[i] = i == 0 ? administrator() : invent(seed, i, taken, spacingMillis);
            taken.add(people[i].lowerUserName());
        }
    }

    int count() {
        return people.length;
    }

    Person get(int index) {
        return people[index];
    }

    /** Jira's first user from the setup wizard; keys of pre-Jira-8 users are their lower-case names. */
    private static Person administrator() {
        return new Person(0, 10000, "admin", "admin", "Jira", "Administrator", "Jira Administrator",
                "jira-admin@initech.example", "admin", INTERNAL_DIRECTORY, true, FIRST_USER_CREATED, "Europe/Berlin", "en_US");
    }

    private static Person invent(long seed, int i, Set<String> taken, long spacingMillis) {
        java.util.SplittableRandom r = Rng.stream(seed, TAG, i);
        String[][] culture = NamePools.CULTURES[r.nextInt(NamePools.CULTURES.length)];
        String first = culture[0][r.nextInt(culture[0].length)];
        String last = culture[1][r.nextInt(culture[1].length)];
        String firstName = NamePools.display(first);
        String lastName = NamePools.display(last);
        String a = NamePools.ascii(first);
        String b = NamePools.ascii(last);

        int style = r.nextInt(10);
        String base = switch (style) {
            case 0, 1, 2, 3 -> a + "." + b;
            case 4, 5 -> a.charAt(0) + b;
            case 6 -> a + "_" + b;
            case 7 -> capitalise(a) + "." + capitalise(b);
            case 8 -> b + a.charAt(0);
            default -> a + "." + b.charAt(0);
        };
        String userName = base;
        for (int n = 2; taken.contains(userName.toLowerCase(Locale.ROOT)); n++) {
            userName = base + n;
        }
        String lower = userName.toLowerCase(Locale.ROOT);

        String displayName = isEastAsian(lastName) ? lastName + firstName
                : r.nextInt(12) == 0 ? lastName + ", " + firstName
                : firstName + " " + lastName;
        String domain = NamePools.DOMAINS[r.nextInt(NamePools.DOMAINS.length)];
        String local = switch (r.nextInt(8)) {
            case 0 -> capitalise(a) + "." + capitalise(b);
            case 1 -> lower + "+jira";
            default -> lower;
        };
        long directory = r.nextInt(4) == 0 ? LDAP_DIRECTORY : INTERNAL_DIRECTORY;
        boolean legacyKey = r.nextInt(12) == 0;
        long id = 10000L + i;
        String key = legacyKey ? lower : "JIRAUSER" + id;
        boolean active = r.nextInt(14) != 0;
        Instant created = FIRST_USER_CREATED.plusMillis(i * spacingMillis + r.nextLong(Math.max(1, spacingMillis)));
        return new Person(i, id, userName, lower, firstName, lastName, displayName, local + "@" + domain, key, directory, active, created,
                NamePools.TIME_ZONES[r.nextInt(NamePools.TIME_ZONES.length)], NamePools.LOCALES[r.nextInt(NamePools.LOCALES.length)]);
    }

    private static boolean isEastAsian(String name) {
        Character.UnicodeScript script = Character.UnicodeScript.of(name.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
