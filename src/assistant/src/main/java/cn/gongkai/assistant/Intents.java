package cn.gongkai.assistant;

import cn.gongkai.domain.calendar.Festivals;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.knowledge.ChineseNumbers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a question asks for, by rules: the same intents the model's tools cover (progress, deadline, how to apply). */
final class Intents {
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern LAST_MONTH_DAY = Pattern.compile("上个?月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern WEEKDAY = Pattern.compile("(上个?|这个?|本)(周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern DAYS_AGO = Pattern.compile("([0-9]{1,3}|[一二三四五六七八九十两]{1,3})\\s*天(以)?前");
    private static final Pattern SENT = Pattern.compile("提交|递交|交的|交了|寄|申请|收到|送达|发出|发的|发了|填的|填了");
    private static final Pattern NAMED_DAY = Pattern.compile("大前天|前天|昨天|昨日|今天|今日");
    /** A festival and a day beside it (国庆节前一天, 春节后一天); not 国庆节前, which names no one day. */
    private static final Pattern FESTIVAL_DAY = Pattern.compile("(元旦|劳动节|五一|国庆节|国庆|除夕|大年三十|年三十|春节|大年初一"
            + "|元宵节|元宵|清明节|清明|端午节|端午|七夕节|七夕|中秋节|中秋|重阳节|重阳)(前一天|前一日|当天|那天|后一天|后第一天)");
    /** A lunar date: 腊月二十八, 正月初八, 农历八月十六; a month other than 正, 冬, 腊 only with 农历 or a day of 初 or 廿. */
    private static final Pattern LUNAR_DATE = Pattern.compile("(农历|阴历)?(正|十一|十二|冬|腊|[一二三四五六七八九十])月"
            + "(初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|十[一二三四五六七八九]|三十)");
    private static final Pattern ABOUT_TIME = Pattern.compile("答复|回复|期限|最晚|最迟|截止|哪天|哪一天|几号|多久|什么时候|何时|到期|延期|延长|几天|日期");
    private static final Pattern SUPPLEMENT_NOTICE = Pattern.compile("补正通知|补正告知书|告知补正|通知补正|要求补正|让我补正");
    private static final Pattern EXTENSION = Pattern.compile("延期|延长");
    private static final Pattern TRACKING = Pattern.compile("(?i)(?<![0-9A-Z])(GK\\d{6}[2-9A-HJKMNP-Z]{8})(?![0-9A-Z])");
    /** The shape of a tracking number with characters its alphabet leaves out (0, 1, I, L, O): a typing slip. */
    private static final Pattern TRACKING_LIKE = Pattern.compile("(?i)(?<![0-9A-Z])(GK\\d{6}[0-9A-Z]{8})(?![0-9A-Z])");
    private static final Pattern QUERY_CODE = Pattern.compile("(?i)(?<![0-9A-Z])([2-9A-HJKMNP-Z]{8})(?![0-9A-Z])");
    /** The progress of an application of one's own (我的申请办到哪一步了), not how to find published information. */
    private static final Pattern OWN_PROGRESS = Pattern.compile(
            "进度|进展|办到哪|到哪一步|到哪了|办理情况|处理情况|处理得怎么样|办得怎么样|有结果了吗|结果出来"
                    + "|(查|看)一?(下|查|看)?我的申请|我的申请(怎么样|呢|到哪)");
    // 怎么办 asks what to do about something (申请被拒绝了怎么办), not how to apply; 怎么办理 does
    private static final Pattern HOW_TO_APPLY = Pattern.compile(
            "(怎么|如何|怎样|哪里|在哪|哪儿|什么方式|什么渠道|哪些方式|流程|步骤|手续|途径).{0,8}(申请|提交|提出)|申请表"
                    + "|(信息公开|公开信息)[^，。？！,?!]{0,4}(要|需要|有)?(什么|哪些)(手续|流程|步骤)"
                    + "|申请[^，。？！,?!]{0,6}(流程|步骤|方式|渠道|途径|手续|怎么(?!办(?!理)|算|计算|处理)|如何)|^我?(要|想)申请");
    /** Something done to an application already made (怎么撤回申请, 怎么知道申请有没有被受理): not how to apply. */
    private static final Pattern ACTS_ON_AN_APPLICATION = Pattern.compile(
            "(撤回|撤销|取消|放弃|查询|查看|知道|修改|补正|补充)[^，。？！,?!]{0,4}申请");
    /**
     * A request for a particular piece of information (我想要我们小区的拆迁补偿方案): the way to it is an application.
     * Not 我要的信息… (the information one asked for), which is a question about it.
     */
    private static final Pattern WANTS_INFORMATION = Pattern.compile(
            "((我想要|我要|想要)(?!的)|想查|想看|想拿到|能拿到|才能拿到|怎么拿到|如何获取|怎样获取|怎么获取|索取|调取|复印"
                    + "|申请(看|查看|查阅))"
                    + "[^，。？！,?!]{0,16}(文件|方案|批文|批复|材料|信息|记录|资料|通知|合同|名单|公告|规划|预算|决算|报告|档案)"
                    // the document named first (拆迁补偿的文件怎么拿到)
                    + "|(文件|方案|批文|批复|材料|资料|通知|合同|名单|公告|规划|预算|决算|档案)[^，。？！,?!]{0,4}"
                    + "(怎么|怎样|如何|去哪|在哪|哪里|哪儿)(才能|能|可以)?(拿到|获取|得到|查到|要到|弄到)"
                    // 想知道 a particular document's content, not 想知道 how something is done (…什么信息不能公开)
                    + "|(想知道|想了解)(?![^，。？！,?!]*(什么|哪些|怎么|怎样|如何|多久|多少|吗|呢))[^，。？！,?!]{0,16}"
                    + "(标准|方案|批文|批复|名单|规划|预算|决算|合同|补偿)");
    private static final Pattern GREETING = Pattern.compile("(?i)^(你好|您好|你好呀|在吗|在不在|有人吗|hi|hello)[!！。.，,~～?？]*$");
    private static final Pattern WHO = Pattern.compile(
            "(?i)^(请问)?(你|您)是(谁|什么|哪位|机器人|人工|真人|人|ai|客服)(吗|呢|啊)?[?？!！。.]*$|^(你|您)是(机器人|人工|真人)还是");
    private static final Pattern THANKS = Pattern.compile("(?i)^(好的)?[，,]?(谢谢|谢谢你|谢谢您|多谢|感谢|谢了|thanks|thank you)[!！。.~～]*$");
    private static final Pattern ARTICLE = Pattern.compile("第([零〇一二三四五六七八九十百千0-9]+)条(之[一二三四五六七八九十])?");
    private static final Pattern ADVICE = Pattern.compile("(能不能|能否|会不会|有没有可能)(胜诉|赢)|胜算|帮我写|代写|替我写|该不该(起诉|告)|请律师|法律意见");
    private static final Pattern CONTINUATION = Pattern.compile("^(那|那么|如果|要是|假如|还有|另外|再问|这个|这样)|呢[？?]?$");
    private static final Pattern FOLLOW_UP = Pattern.compile("^(那|那么|如果|要是|假如|还有|另外|再问|这个|这样)|[呢吗？?]$");

    private Intents() {
    }

    record TrackingQuery(String trackingNumber, Optional<String> queryCode) {
    }

    static Optional<TrackingQuery> tracking(String question) {
        String text = question.toUpperCase(Locale.ROOT);
        Matcher m = TRACKING.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String number = m.group(1);
        String rest = text.substring(0, m.start()) + " " + text.substring(m.end());
        Matcher code = QUERY_CODE.matcher(rest);
        return Optional.of(new TrackingQuery(number, code.find() ? Optional.of(code.group(1)) : Optional.empty()));
    }

    /** A query code given without a tracking number (查询码是ABCD2345, or the code alone). */
    static boolean givesQueryCodeOnly(String question) {
        String text = question.strip().toUpperCase(Locale.ROOT);
        if (TRACKING.matcher(text).find()) {
            return false;
        }
        Matcher code = QUERY_CODE.matcher(text);
        return code.find() && (text.contains("查询码") || text.length() == code.group(1).length());
    }

    /** Whether one of the two gives the tracking number alone and the other the query code alone. */
    static boolean completesProgressQuery(String before, String now) {
        return numberOnly(before) && givesQueryCodeOnly(now) || givesQueryCodeOnly(before) && numberOnly(now);
    }

    private static boolean numberOnly(String question) {
        return tracking(question).filter(t -> t.queryCode().isEmpty()).isPresent();
    }

    static boolean asksOwnProgress(String question) {
        return OWN_PROGRESS.matcher(question).find();
    }

    /**
     * A date the question names, the year inferred when left out (the last such day not after today), or a day
     * named from today: 今天, 昨天, 前天, 大前天, N天前, 上周五 / 上星期五 / 上礼拜五, 这周一 / 本周一, 上个月3号; or by a
     * festival: 国庆节前一天, 元旦当天, 春节后一天, 中秋节那天 (the last such day not after today; the lunar ones from
     * {@link Festivals}); or by a lunar date, 腊月二十八, 正月初八.
     */
    static Optional<LocalDate> date(String question, LocalDate today) {
        try {
            Matcher full = FULL_DATE.matcher(question);
            if (full.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3))));
            }
            Matcher lastMonth = LAST_MONTH_DAY.matcher(question);
            if (lastMonth.find()) {
                LocalDate month = today.minusMonths(1);
                return Optional.of(month.withDayOfMonth(Integer.parseInt(lastMonth.group(1))));
            }
            Matcher md = MONTH_DAY.matcher(question);
            if (md.find()) {
                LocalDate date = LocalDate.of(today.getYear(), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
                return Optional.of(date.isAfter(today) ? date.minusYears(1) : date);
            }
            return relativeDay(question, today);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> relativeDay(String question, LocalDate today) {
        if (!SENT.matcher(question).find()) {
            return Optional.empty(); // 今天几号 is not about an application
        }
        Matcher week = WEEKDAY.matcher(question);
        if (week.find()) {
            int day = "一二三四五六日天".indexOf(week.group(3)) + 1;
            LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
            LocalDate date = monday.plusDays(Math.min(day, 7) - 1L);
            date = week.group(1).startsWith("上") ? date.minusWeeks(1) : date;
            return date.isAfter(today) ? Optional.empty() : Optional.of(date);
        }
        Matcher ago = DAYS_AGO.matcher(question);
        if (ago.find()) {
            OptionalInt n = ago.group(1).chars().allMatch(Character::isDigit)
                    ? OptionalInt.of(Integer.parseInt(ago.group(1))) : ChineseNumbers.parse(ago.group(1).replace('两', '二'));
            return n.isPresent() && n.getAsInt() <= 366 ? Optional.of(today.minusDays(n.getAsInt())) : Optional.empty();
        }
        Matcher festival = FESTIVAL_DAY.matcher(question);
        if (festival.find()) {
            String name = switch (festival.group(1)) {
                case "五一" -> "劳动节";
                case "国庆" -> "国庆节";
                case "大年三十", "年三十" -> "除夕";
                case "大年初一" -> "春节";
                case "元宵", "清明", "端午", "七夕", "中秋", "重阳" -> festival.group(1) + "节";
                default -> festival.group(1);
            };
            int offset = festival.group(2).startsWith("前") ? -1 : festival.group(2).startsWith("后") ? 1 : 0;
            // the last such day not after today: 元旦前一天 of next year may be today
            for (int year = today.getYear() + 1; year >= today.getYear() - 1; year--) {
                Optional<LocalDate> date = Festivals.builtIn().day(name, year).map(d -> d.plusDays(offset));
                if (date.isPresent() && !date.get().isAfter(today)) {
                    return date;
                }
            }
            return Optional.empty();
        }
        Matcher lunar = LUNAR_DATE.matcher(question);
        if (lunar.find()) {
            Optional<LocalDate> date = lunarDate(lunar, today);
            if (date.isPresent()) {
                return date;
            }
        }
        Matcher named = NAMED_DAY.matcher(question);
        if (named.find()) {
            return Optional.of(today.minusDays(switch (named.group()) {
                case "昨天", "昨日" -> 1;
                case "前天" -> 2;
                case "大前天" -> 3;
                default -> 0;
            }));
        }
        return Optional.empty();
    }

    /** The last day of that lunar date not after today; empty for a Gregorian-looking one (十月十五) or no such day. */
    private static Optional<LocalDate> lunarDate(Matcher lunar, LocalDate today) {
        String month = lunar.group(2);
        String day = lunar.group(3);
        boolean lunarWords = lunar.group(1) != null || "正冬腊".contains(month) || day.startsWith("初") || day.startsWith("廿");
        if (!lunarWords) {
            return Optional.empty();
        }
        int m = switch (month) {
            case "正" -> 1;
            case "冬" -> 11;
            case "腊" -> 12;
            default -> ChineseNumbers.parse(month).orElse(0);
        };
        OptionalInt d = ChineseNumbers.parse(day.startsWith("初") ? day.substring(1) : day.replace("廿", "二十"));
        if (d.isEmpty()) {
            return Optional.empty();
        }
        for (int year = today.getYear(); year >= today.getYear() - 2; year--) { // 腊月 of a year falls in the next
            Optional<LocalDate> date = Festivals.builtIn().lunarDay(year, m, d.getAsInt());
            if (date.isPresent() && !date.get().isAfter(today)) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the question's date is that of a notice to supplement (我11月3日收到补正通知…): not a day of receipt, and
     * the period runs again only from the supplemented application's receipt, which the question does not give.
     */
    static boolean datesASupplementNotice(String question) {
        return SUPPLEMENT_NOTICE.matcher(question).find();
    }

    static boolean asksAboutTime(String question) {
        return ABOUT_TIME.matcher(question).find();
    }

    static boolean asksExtension(String question) {
        return EXTENSION.matcher(question).find();
    }

    static boolean asksHowToApply(String question) {
        return HOW_TO_APPLY.matcher(question).find() && !ACTS_ON_AN_APPLICATION.matcher(question).find();
    }

    /** What may not be done (不能, 不予, 不得, 不公开…; not 能不能): 什么信息不能公开 is not 什么是政府信息公开. */
    private static final Pattern PROHIBITION = Pattern.compile("(?<!能)不能|(?<!可)不可以|不予|不得|不准|(?<!让)不让|不许|不公开");

    static boolean prohibits(String text) {
        return PROHIBITION.matcher(text).find();
    }

    /** A tracking number mistyped (GK2612031234ABCD: no 1 in the alphabet), when no valid one is given. */
    static Optional<String> mistypedTracking(String text) {
        if (TRACKING.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher m = TRACKING_LIKE.matcher(text);
        return m.find() ? Optional.of(m.group(1).toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    static boolean asksWhoItIs(String question) {
        return WHO.matcher(question.strip()).find();
    }

    static boolean greets(String question) {
        return GREETING.matcher(question.strip()).matches();
    }

    static boolean thanks(String question) {
        return THANKS.matcher(question.strip()).matches();
    }

    /** The label of the article a question names (第十条; 第20条 → 第二十条), if any. */
    static Optional<String> namedArticle(String question) {
        Matcher m = ARTICLE.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        OptionalInt number = ChineseNumbers.parse(m.group(1));
        OptionalInt sub = m.group(2) == null ? OptionalInt.of(0) : ChineseNumbers.parse(m.group(2).substring(1));
        return number.isPresent() && sub.isPresent()
                ? Optional.of(ChineseNumbers.articleLabel(number.getAsInt(), sub.getAsInt())) : Optional.empty();
    }

    static boolean wantsInformation(String question) {
        return WANTS_INFORMATION.matcher(question).find();
    }

    static boolean asksLegalAdvice(String question) {
        return ADVICE.matcher(question).find();
    }

    /** A short question, or one opening with 那/如果…, may continue the previous one. */
    static boolean isFollowUp(String question) {
        String q = question.strip();
        return q.length() <= 8 || FOLLOW_UP.matcher(q).find() && q.length() <= 16;
    }

    /**
     * A follow-up that cannot stand alone: it opens with 那/如果/还有/这个… or ends with 呢 (那延期呢？, 邮寄的呢？).
     * Another short question (可以复议吗？) may be a new topic, and is answered on its own first.
     */
    static boolean leansOnPrevious(String question) {
        return CONTINUATION.matcher(question.strip()).find();
    }

    /** How the application was sent, which decides its day of receipt (Art. 31); empty when the question does not say. */
    static Optional<Channel> channel(String question) {
        if (question.matches(".*(网上|网站|在线|互联网|线上|电子邮件|邮箱|平台|小程序|APP|app).*")) {
            return Optional.of(Channel.ONLINE);
        }
        if (question.contains("传真")) {
            return Optional.of(Channel.FAX);
        }
        if (question.matches(".*(挂号|快递|EMS|邮政特快).*")) {
            return Optional.of(Channel.REGISTERED_POST);
        }
        if (question.matches(".*(平信|信函|寄信|邮寄).*")) {
            return Optional.of(Channel.ORDINARY_LETTER);
        }
        if (question.matches(".*(当面|现场|窗口|递交|口头).*")) {
            return Optional.of(Channel.IN_PERSON);
        }
        return Optional.empty();
    }
}
