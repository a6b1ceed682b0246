package cn.gongkai.knowledge;

import java.util.OptionalInt;

/**
 * Chinese numerals as laws write article, chapter and section numbers: 一 .. 九十九, 一百, 一百零五, 一百一十,
 * 二百三十六, 一千零一 (and 〇/零, 两). Arabic digits are accepted as well, as citizens type 第20条.
 */
public final class ChineseNumbers {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** The value of a numeral such as 二十 or 一百零五; empty when it is not one. */
    public static OptionalInt parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return OptionalInt.empty();
        }
        if (numeral.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return numeral.length() > 6 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(numeral));
        }
        int total = 0;
        int digit = -1;           // a digit waiting for its unit
        int lastUnit = 10_000;    // units must come down: 千, 百, 十
        boolean previousWasDigit = false;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = digit(c);
            if (d == 0) {           // 零 only keeps a place: 一百零五
                previousWasDigit = false;
                continue;
            }
            if (d > 0) {
                if (previousWasDigit) {
                    return OptionalInt.empty(); // 一二: not a numeral
                }
                digit = d;
                previousWasDigit = true;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0 || unit >= lastUnit || (digit < 0 && unit != 10)) {
                return OptionalInt.empty();
            }
            total += (digit < 0 ? 1 : digit) * unit; // 十五: 十 alone is 一十
            digit = -1;
            lastUnit = unit;
            previousWasDigit = false;
        }
        if (digit > 0) {
            total += digit;
        }
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }

    private static int digit(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }

    /** The numeral laws use for a number from 1 to 9999: 20 → 二十, 105 → 一百零五, 110 → 一百一十. */
    public static String format(int number) {
        if (number <= 0 || number > 9999) {
            throw new IllegalArgumentException("out of range: " + number);
        }
        if (number < 20 && number >= 10) {
            return "十" + (number == 10 ? "" : String.valueOf(DIGITS.charAt(number - 10)));
        }
        StringBuilder out = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        boolean zero = false;
        for (int i = 0; i < units.length; i++) {
            int d = number / units[i] % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            out.append(DIGITS.charAt(d)).append(names[i]);
        }
        return out.toString();
    }

    /** The label of an article: 第二十条, 第二十条之一. */
    public static String articleLabel(int number, int sub) {
        return "第" + format(number) + "条" + (sub > 0 ? "之" + format(sub) : "");
    }
}
