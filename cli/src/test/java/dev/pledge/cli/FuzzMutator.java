// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of policy text, from small slips (a deleted brace, a swapped word) to hostile input (direction
 * controls, huge numbers, names of thousands of words, broken escapes, other line endings). The vocabulary comes
 * from the seeds themselves, so keywords the grammar gains are mutated too without changing this class.
 */
final class FuzzMutator {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

    /** Text fragments that found or could find bugs; hand-made, beside the words taken from the seeds. */
    private static final List<String> HOSTILE = List.of(
            "{",
            "}",
            "\"",
            ",",
            "//",
            "/*",
            "*/",
            "\\",
            "^",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\u202E\"",
            "\u202E",
            "\u2066",
            "\u200F",
            "\u200B",
            "\uFEFF",
            "\u2028",
            "\u00A0",
            "\u3000",
            "\uD83D\uDE00",
            "\uD800",
            "用户",
            "\t",
            "\r",
            "\r\n",
            "0",
            "-1",
            "2147483648",
            "99999999999999999999",
            "\"\"",
            "import \"\"",
            "import \".\"",
            "import \"../\"",
            "import \"no-such-file.pledge\"",
            "languages en, en, xx, zh_Hans",
            "version \"1\"",
            "summary \"again\"",
            "retention 99999999999999999999 days",
            "under 0 need parental-consent",
            "__",
            "-",
            "a--b",
            "§",
            "\u0007");

    private final Random random;
    private final List<String> words;

    FuzzMutator(Random random, List<String> seeds) {
        this.random = random;
        List<String> found = new ArrayList<>();
        for (String seed : seeds) {
            Matcher m = WORD.matcher(seed);
            while (m.find() && found.size() < 20_000) {
                found.add(m.group());
            }
        }
        this.words = found.stream().distinct().sorted().toList();
    }

    /** One to three mutations of {@code text}; a description of what was done goes to {@code log}. */
    String mutate(String text, StringBuilder log) {
        String result = text;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            result = once(result, log);
        }
        return result;
    }

    private String once(String text, StringBuilder log) {
        int op = random.nextInt(14);
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        switch (op) {
            case 0 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(40));
                log.append("delete ").append(at).append("..").append(end).append("; ");
                return text.substring(0, at) + text.substring(end);
            }
            case 1 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(200));
                log.append("duplicate ").append(at).append("..").append(end).append("; ");
                return text.substring(0, end) + text.substring(at, end) + text.substring(end);
            }
            case 2, 3 -> {
                String fragment = HOSTILE.get(random.nextInt(HOSTILE.size()));
                log.append("insert hostile #")
                        .append(HOSTILE.indexOf(fragment))
                        .append(" at ")
                        .append(at)
                        .append("; ");
                return text.substring(0, at) + fragment + text.substring(at);
            }
            case 4, 5 -> {
                return replaceWord(text, at, log);
            }
            case 6 -> {
                String word = words.isEmpty() ? "x" : words.get(random.nextInt(words.size()));
                log.append("insert word ")
                        .append(word)
                        .append(" at ")
                        .append(at)
                        .append("; ");
                return text.substring(0, at) + " " + word + " " + text.substring(at);
            }
            case 7 -> {
                log.append("swap lines; ");
                return swapLines(text);
            }
            case 8 -> {
                log.append("duplicate a line; ");
                return duplicateLine(text);
            }
            case 9 -> {
                String ending = random.nextBoolean() ? "\r" : "\r\n";
                log.append(ending.length() == 1 ? "CR line endings; " : "CRLF line endings; ");
                return text.replace("\n", ending);
            }
            case 10 -> {
                log.append("byte-order mark; ");
                return "\uFEFF" + text;
            }
            case 11 -> {
                log.append("truncate at ").append(at).append("; ");
                return text.substring(0, at);
            }
            case 12 -> {
                int count = 1 + random.nextInt(random.nextBoolean() ? 50 : 3000);
                log.append("long name of ")
                        .append(count)
                        .append(" words at ")
                        .append(at)
                        .append("; ");
                return text.substring(0, at) + " " + "ab-".repeat(count) + "z " + text.substring(at);
            }
            default -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(30));
                log.append("flip case ").append(at).append("..").append(end).append("; ");
                return text.substring(0, at) + flip(text.substring(at, end)) + text.substring(end);
            }
        }
    }

    private String replaceWord(String text, int at, StringBuilder log) {
        Matcher m = WORD.matcher(text);
        if (words.isEmpty() || !m.find(at)) {
            return text;
        }
        String replacement = words.get(random.nextInt(words.size()));
        log.append("replace ")
                .append(m.group())
                .append(" with ")
                .append(replacement)
                .append("; ");
        return text.substring(0, m.start()) + replacement + text.substring(m.end());
    }

    private String swapLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.size() > 1) {
            int a = random.nextInt(lines.size());
            int b = random.nextInt(lines.size());
            String line = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, line);
        }
        return String.join("\n", lines);
    }

    private String duplicateLine(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int a = random.nextInt(lines.size());
        lines.add(a, lines.get(a));
        return String.join("\n", lines);
    }

    private static String flip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return b.toString();
    }
}
