package cn.gongkai.domain.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the report writes numbers: plain, no trailing zeros; money with thousands separators. */
public final class Numbers {
    private Numbers() {
    }

    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    public static String grouped(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** Reads a number as written in a report: "2,232,951", "84.38", "3". */
    public static BigDecimal parse(String text) {
        return new BigDecimal(text.replace(",", "").replace("，", "").trim());
    }
}
