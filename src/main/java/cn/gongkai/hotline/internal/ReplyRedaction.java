package cn.gongkai.hotline.internal;

import cn.gongkai.hotline.internal.ChineseText.Token;
import cn.gongkai.hotline.internal.ChineseText.Words;
import cn.gongkai.shared.CreditCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Removal of personal data from replies (答复脱敏) before the dispatcher checks them for the public reply board: names,
 * phone numbers, identity numbers, credit codes of natural persons, addresses, licence plates, e-mail addresses,
 * passport and bank card numbers. Each is replaced by the mark of its kind (〔姓名〕, 〔电话〕 …) so the reply still reads,
 * and each removal is listed with its position for the dispatcher.
 *
 * <p>How each kind is found, and why:
 *
 * <ul>
 *   <li><b>The ticket's own facts</b> (the submitter's name, phone, credit code, address) are removed wherever they
 *       appear, whatever the patterns think: they are the data most likely to be in the reply and the worst to leak.
 *   <li><b>Numbers</b> by their structure: identity numbers (18 characters with a real birth date, or the old 15
 *       digits) even when the check character is wrong, since a mistyped number is as personal as a right one; mobile
 *       numbers with spaces, hyphens or +86; fixed lines with an area code, or without one after a word like 电话;
 *       bank cards (16–19 digits passing Luhn); passports (E/G + 8). Public numbers are kept: the national service
 *       numbers (12345, 12315 …) and the department's own, passed in as {@link PublicContacts}.
 *   <li><b>Credit codes</b>: a 统一社会信用代码 whose registration authority and organisation type are {@code 92}
 *       belongs to an individual business (个体工商户), which the law treats as a natural person; it is removed. Codes
 *       of companies, institutions and associations stay: they are public registers.
 *   <li><b>Licence plates</b>: province character, letter, then five characters, or six for the new-energy plates (a
 *       D/F after the letter for small cars, at the end for large ones).
 *   <li><b>Names</b>: HanLP's role-tagging name recogniser (portable 1.8.6, Apache-2.0, offline, about 8 MB with its
 *       dictionaries) finds names no list of surnames could, in any position; it misses some (张晓明 after 市民 splits
 *       as 张/晓明) and takes some words for names (安全法, 宋江路). So its names are filtered (a common surname first,
 *       not ending like a law, road or office, not 张某), and cheap cues add what it misses: a name before 先生、女士、
 *       师傅、同志 …, after 市民、投诉人、业主、姓名：、我叫 …, both checked against the surname and given-name roles of
 *       HanLP's person dictionary. A surname with a title alone (张先生, 王局长, 李某) is the customary anonymous form
 *       and stays. A hand list of surnames was the alternative: it cannot tell where a name ends, nor a name from the
 *       words around it.
 *   <li><b>Addresses</b>: a road, lane, residential compound or village followed by a house, building, unit, floor or
 *       room number (人民路88号, 金色家园3号楼2单元501室, 张庄村三组). A road or compound without a number (淮海路,
 *       金色家园小区) and a district alone (相山区) are places many people share, and stay; so do the province, city
 *       and county in front of a removed address, which tell the reader where the matter was. A numbered address
 *       followed by a government office, court, hospital or school is that institution's public address and stays,
 *       as do the department's published addresses.
 * </ul>
 *
 * <p>Detection runs on a copy with full-width letters and digits folded to ASCII, one for one, so positions are those
 * of the original. Overlapping findings are merged into one removal, so nothing is left half removed.
 *
 * <p>The first call loads HanLP's dictionaries from its jar (half a second to a second, about 30 MB of heap, blocking
 * I/O); a reply of a few hundred characters then takes a few milliseconds, one of the 4,000 allowed about 20–40 ms,
 * half of it HanLP's segmentation. Callers on the event loop use {@link #redactLater}.
 */
@Component
public class ReplyRedaction {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String PLATE_LETTERS = "A-HJ-NP-Z";
    private static final String CODE_CHARACTERS = "0-9A-HJ-NPQRTUWXY";
    private static final String BIRTH_DATE = "(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])";

    private static final Pattern ID_NUMBER_18 =
            Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{5}[ ]?" + BIRTH_DATE + "[ ]?[0-9]{3}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern ID_NUMBER_15 = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9][0-9]{5}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}(?![0-9A-Za-z])");
    private static final Pattern CREDIT_CODE = Pattern.compile(
            "(?<![0-9A-Za-z])[" + CODE_CHARACTERS + "]{2}[0-9]{6}[" + CODE_CHARACTERS + "]{10}(?![0-9A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOBILE =
            Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]){8}(?![0-9])");
    private static final Pattern FIXED_LINE = Pattern.compile(
            "(?<![0-9])(?:\\(0[1-9][0-9]{1,2}\\)|0[1-9][0-9]{1,2})[ -]?[2-9][0-9]{6,7}(?:(?:转|-)[0-9]{1,5})?(?![0-9])");
    private static final Pattern FIXED_LINE_AFTER_CUE = Pattern.compile(
            "(?:电话|座机|手机|号码|致电|拨打|来电|热线|联系方式|Tel|TEL|tel)[:： ]*(?:是|为)?[:： ]*([2-9][0-9]{6,7})(?![0-9])");
    private static final Pattern BANK_CARD = Pattern.compile("(?<![0-9])(?:[0-9]{4}[ -]?){3}[0-9]{4,7}(?![0-9])");
    private static final Pattern PASSPORT =
            Pattern.compile("(?<![0-9A-Za-z])(?:E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|G[0-9]{8})(?![0-9A-Za-z])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}+@[A-Za-z0-9-]{1,63}+(?:\\.[A-Za-z0-9-]{1,63}+)*\\.[A-Za-z]{2,}");
    private static final Pattern PLATE = Pattern.compile(
            "[" + PROVINCES + "][" + PLATE_LETTERS + "][ ·•・.-]?"
                    + "(?=[A-Z0-9]{0,5}[0-9])(?:[DF][" + PLATE_LETTERS + "0-9][0-9]{4}|[0-9]{5}[DF]|[" + PLATE_LETTERS
                    + "0-9]{4}[" + PLATE_LETTERS + "0-9挂学警港澳])(?![0-9A-Za-z])",
            Pattern.CASE_INSENSITIVE);

    // Addresses: places (road, compound, village …) ending with their kind, then numbers down to the room.
    private static final String NAME_CHARACTER = "[\\p{IsHan}A-Za-z&&[^的了是您我你他她其该经已将把被对给请称映查核据因需等并且或也都就还所于位]]";
    private static final String PLACE_KIND =
            "(?:街道|大道|大街|胡同|小区|花园|家园|新村|新城|公寓|大厦|广场|山庄|宿舍|家属院|家属楼|社区|商住楼|村委会|居委会|" + "镇|乡|路|街|巷|弄|里|苑|村|庄|湾|(?<!政)府|坊)";
    private static final String NUMBER = "(?:[0-9]{1,5}[A-Za-z]?|[A-Za-z][0-9]{0,4}|[零〇一二两三四五六七八九十百]{1,4})";
    private static final String DETAIL = "(?:第?" + NUMBER + "(?:[-—之]" + NUMBER + "){0,2}"
            + "(?:号楼|号院|号房|号|栋|幢|座|单元|层|楼|室|户|组|队|排|弄)|[0-9]{1,3}(?:-[0-9]{1,4}){1,2}(?![0-9]))";
    private static final Pattern ADDRESS_NUMBERS =
            Pattern.compile("(?:" + NUMBER + "期|[东西南北中][区院])?" + DETAIL + "+(?:[0-9]{3,4}(?![0-9年月日元万亿米个人次天小分秒号%]))?");
    private static final Pattern ENDS_WITH_PLACE_KIND = Pattern.compile(PLACE_KIND + "$");
    private static final Pattern NAME_CHARACTER_PATTERN = Pattern.compile(NAME_CHARACTER);
    // HanLP's parts of speech of words that stand before a place but are none of it (住在, 位于, 向, 该 …); morphemes such
    // as vg (御 of 御景府) are left out, since they are often part of a name.
    private static final Set<String> FUNCTION_WORD_NATURES = Set.of(
            "v", "vi", "vf", "vx", "vshi", "vyou", "p", "pba", "pbei", "c", "cc", "u", "ude1", "ude2", "ude3", "ule",
            "uguo", "uzhe", "uzhi", "r", "rr", "rz", "rzv", "ry", "d", "y", "e", "o");
    // The longest place run (county, town, road, compound) looked at in front of an address's numbers.
    private static final int LONGEST_PLACE = 30;
    private static final Pattern INSTITUTION_AFTER =
            Pattern.compile("[的（(]?(?:[\\p{IsHan}]{0,8}?)(?:人民政府|政府|政务服务中心|便民服务中心|"
                    + "市民中心|服务中心|服务大厅|办事大厅|法院|检察院|公安局|派出所|医院|卫生院|学校|中学|小学|幼儿园|大学|管理局|局|委员会|"
                    + "办事处|车管所|税务所|服务站|窗口)");
    // 区 and 市 also end 小区, 园区, 超市: those are not administrative areas.
    private static final Pattern ADMINISTRATIVE_AREA =
            Pattern.compile("[\\p{IsHan}]{1,10}?(?:自治区|自治州|自治县|特别行政区|省|(?<![超菜集门])市|地区|盟|(?<![小园校景社厂矿营院城片街])区|县|旗)");
    private static final Pattern INSTITUTION_BEFORE = Pattern.compile("(?:人民政府|政府|政务服务中心|便民服务中心|市民中心|服务中心|"
            + "服务大厅|办事大厅|法院|检察院|公安局|派出所|医院|卫生院|学校|管理局|局|委员会|办事处|车管所|税务所|服务站|窗口)"
            + "(?:[（(]|位于|地址[:：]?|坐落于|设在|在)?[ ]*$|(?:办公地址|办公地点|办事地点|办理地点|受理地点|服务地址|单位地址)[:：为是]?[ ]*$");

    // Names: words around them that mark a name, and the titles that stay with a surname alone.
    private static final Pattern NAME_CUE_BEFORE = Pattern.compile("(?:来电市民|来电群众|来电人|市民|群众|居民|村民|投诉人|举报人|反映人|"
            + "诉求人|申请人|当事人|业主|住户|租户|户主|联系人|收件人|姓名|名叫|我叫|本人|患者|家长|员工|职工|工人|经办人|承办人|负责人|"
            + "法定代表人|经营者|业户|车主|驾驶员|司机|老人|孩子|学生)[:： ]?");
    private static final Pattern HONORIFIC_AFTER =
            Pattern.compile("(?:先生|女士|小姐|师傅|同志|老师|阿姨|大爷|大妈|大姐|大哥|老人|同学|医生|律师|警官|主任|经理|老板)");
    private static final List<String> TITLES = List.of(
            "先生", "女士", "小姐", "师傅", "同志", "老师", "阿姨", "大爷", "大妈", "大姐", "大哥", "老人", "同学", "医生", "律师", "警官", "主任", "经理",
            "老板", "局长", "科长", "处长", "所长", "队长", "书记", "镇长", "县长", "区长", "市长", "村长", "站长", "院长", "校长", "部长", "组长", "总");
    private static final Pattern WORD_AFTER_NAME = Pattern.compile("来电|来信|来访|反映|反应|称|表示|投诉|举报|咨询|诉求|要求|希望|"
            + "认为|说|讲|告知|的|于|在|已|向|与|和|及|等|家|所|因|对|被|将|把|从|到|是|也|都|就|还|同志|先生|女士|师傅|老师|本人");
    // What HanLP sometimes tags as a name but is a law (安全法), a road (宋江路), a place (饶镇), an office, or a word
    // running into the next (方式为).
    private static final String NOT_NAME_ENDINGS = "法路街巷道区县市省镇乡村局委办院所站厂店司处科队组室楼号馆为是的了在和与及等把被对给向从到";
    // Public names no reply should lose: the leaders' names in the titles of guiding thought.
    private static final Pattern PUBLIC_PHRASES =
            Pattern.compile("习近平(?:新时代中国特色社会主义思想|总书记|法治思想|生态文明思想|经济思想|外交思想|强军思想|文化思想)|毛泽东思想|邓小平理论");

    // Which kind an overlap of findings takes: structured numbers are the most certain, names the least.
    private static final List<RedactionKind> PRECEDENCE = List.of(
            RedactionKind.ID_NUMBER,
            RedactionKind.CREDIT_CODE,
            RedactionKind.BANK_CARD,
            RedactionKind.PASSPORT,
            RedactionKind.PHONE,
            RedactionKind.EMAIL,
            RedactionKind.PLATE,
            RedactionKind.ADDRESS,
            RedactionKind.NAME);

    /**
     * Removes personal data from a reply. Blocks on the first call of the process while HanLP loads its dictionaries:
     * call it off the event loop, or use {@link #redactLater}.
     *
     * @param reply the reply as the department wrote it
     * @param known the ticket's own personal facts, removed wherever they appear
     * @param publicContacts numbers, addresses and e-mail addresses that stay
     */
    public RedactedReply redact(String reply, TicketPersonalData known, PublicContacts publicContacts) {
        if (reply == null || reply.isEmpty()) {
            return new RedactedReply(reply == null ? "" : reply, List.of());
        }
        String text = fold(reply);
        Words tokens = ChineseText.segment(text);
        List<Span> found = new ArrayList<>();
        findKnown(text, known == null ? TicketPersonalData.none() : known, found);
        List<Span> patterns = new ArrayList<>();
        findNumbers(text, publicContacts, patterns);
        findPlates(text, patterns);
        findAddresses(text, tokens, patterns);
        findNames(text, tokens, patterns);
        List<int[]> kept = publicRanges(text, publicContacts);
        for (Span span : patterns) {
            if (kept.stream().noneMatch(range -> span.start < range[1] && range[0] < span.end)) {
                found.add(span);
            }
        }
        return apply(reply, merge(found));
    }

    /** {@link #redact} on {@code boundedElastic}: the first call loads dictionaries from the jar. */
    public Mono<RedactedReply> redactLater(String reply, TicketPersonalData known, PublicContacts publicContacts) {
        return Mono.fromCallable(() -> redact(reply, known, publicContacts)).subscribeOn(Schedulers.boundedElastic());
    }

    private record Span(int start, int end, RedactionKind kind, boolean known) {}

    // --- the ticket's own facts

    private static void findKnown(String text, TicketPersonalData known, List<Span> found) {
        String name = present(known.name()) ? fold(known.name()).replaceAll("\\s+", "") : "";
        if (name.length() >= 2) {
            addAll(found, spaced(name, "\\s?"), text, RedactionKind.NAME, true);
        }
        if (present(known.phone())) {
            String digits = fold(known.phone()).replaceAll("[^0-9]", "");
            if (digits.startsWith("86") && digits.length() == 13) {
                digits = digits.substring(2);
            }
            if (digits.length() >= 5) {
                Pattern phone =
                        Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?" + spaced(digits, "[ ()（）-]{0,2}") + "(?![0-9])");
                addAll(found, phone, text, RedactionKind.PHONE, true);
            }
        }
        if (present(known.creditCode())) {
            String code = fold(known.creditCode()).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            addAll(found, spacedIgnoringCase(code), text, RedactionKind.CREDIT_CODE, true);
        }
        if (present(known.address())) {
            String address = fold(known.address()).replaceAll("\\s+", "");
            String personalPart = withoutAdministrativeAreas(address);
            addAll(
                    found,
                    spaced(personalPart.length() >= 4 ? personalPart : address, "\\s*"),
                    text,
                    RedactionKind.ADDRESS,
                    true);
        }
    }

    /** The address without the province, city and county in front, which are not personal and stay. */
    private static String withoutAdministrativeAreas(String address) {
        int start = 0;
        Matcher area = ADMINISTRATIVE_AREA.matcher(address);
        while (area.find(start) && area.start() == start && area.end() < address.length()) {
            start = area.end();
        }
        return address.substring(start);
    }

    private static Pattern spaced(String literal, String gap) {
        StringBuilder regex = new StringBuilder();
        literal.codePoints().forEach(cp -> {
            if (!regex.isEmpty()) {
                regex.append(gap);
            }
            regex.append(Pattern.quote(Character.toString(cp)));
        });
        return Pattern.compile(regex.toString());
    }

    private static Pattern spacedIgnoringCase(String literal) {
        return Pattern.compile(spaced(literal, " ?").pattern(), Pattern.CASE_INSENSITIVE);
    }

    // --- numbers

    private static void findNumbers(String text, PublicContacts publicContacts, List<Span> found) {
        addAll(found, EMAIL, text, RedactionKind.EMAIL, false);
        Matcher code = CREDIT_CODE.matcher(text);
        while (code.find()) {
            String value = code.group().toUpperCase(Locale.ROOT);
            // 9 = registered by market regulation, 2 = individual business (个体工商户): a natural person's code.
            if (value.startsWith("92") && (CreditCode.hasValidCheckCharacter(value) || !value.matches("[0-9Xx]+"))) {
                found.add(new Span(code.start(), code.end(), RedactionKind.CREDIT_CODE, false));
            }
        }
        addAll(found, ID_NUMBER_18, text, RedactionKind.ID_NUMBER, false);
        addAll(found, ID_NUMBER_15, text, RedactionKind.ID_NUMBER, false);
        Matcher card = BANK_CARD.matcher(text);
        while (card.find()) {
            if (passesLuhn(card.group().replaceAll("[^0-9]", ""))) {
                found.add(new Span(card.start(), card.end(), RedactionKind.BANK_CARD, false));
            }
        }
        addAll(found, PASSPORT, text, RedactionKind.PASSPORT, false);
        for (Pattern phone : List.of(MOBILE, FIXED_LINE)) {
            Matcher matcher = phone.matcher(text);
            while (matcher.find()) {
                if (!isPublicNumber(matcher.group(), publicContacts)) {
                    found.add(new Span(matcher.start(), matcher.end(), RedactionKind.PHONE, false));
                }
            }
        }
        Matcher bare = FIXED_LINE_AFTER_CUE.matcher(text);
        while (bare.find()) {
            if (!isPublicNumber(bare.group(1), publicContacts)) {
                found.add(new Span(bare.start(1), bare.end(1), RedactionKind.PHONE, false));
            }
        }
    }

    /** A number is public when its digits equal a public number's, one of them perhaps without the area code. */
    private static boolean isPublicNumber(String number, PublicContacts publicContacts) {
        if (publicContacts == null) {
            return false;
        }
        String digits = number.replaceAll("[^0-9]", "");
        for (String allowed : publicContacts.numbers()) {
            String allowedDigits = fold(allowed).replaceAll("[^0-9]", "");
            if (allowedDigits.isEmpty()) {
                continue;
            }
            if (digits.equals(allowedDigits)
                    || (Math.min(digits.length(), allowedDigits.length()) >= 7
                            && (digits.endsWith(allowedDigits) || allowedDigits.endsWith(digits))
                            && (digits.startsWith("0") || allowedDigits.startsWith("0")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static void findPlates(String text, List<Span> found) {
        Matcher plate = PLATE.matcher(text);
        while (plate.find()) {
            found.add(new Span(plate.start(), plate.end(), RedactionKind.PLATE, false));
        }
    }

    // --- addresses

    /**
     * Finds an address by its numbers (88号, 3号楼2单元501室, 三组), which are rare in a reply, and then looks back for
     * the place they belong to: a run of name characters ending with a kind of place (路, 小区, 村 …). Without a place in
     * front the numbers are no address (淮政办〔2025〕12号, 第3号公告). Looking back from the numbers keeps the work
     * linear; a pattern for the whole address backtracks badly over long runs of Chinese.
     */
    private static void findAddresses(String text, Words words, List<Span> found) {
        Matcher numbers = ADDRESS_NUMBERS.matcher(text);
        while (numbers.find()) {
            int placeEnd = numbers.start();
            int start = placeStart(text, placeEnd);
            if (start < 0) {
                continue;
            }
            start = trimToPlace(text, start, placeEnd, words);
            int end = numbers.end();
            if (start < 0
                    || INSTITUTION_AFTER
                            .matcher(text)
                            .region(end, Math.min(text.length(), end + 20))
                            .lookingAt()
                    || INSTITUTION_BEFORE
                            .matcher(text.substring(Math.max(0, start - 16), start))
                            .find()) {
                continue;
            }
            found.add(new Span(start, end, RedactionKind.ADDRESS, false));
        }
    }

    /** Where the run of place names ending at {@code placeEnd} begins, or -1 when no kind of place ends there. */
    private static int placeStart(String text, int placeEnd) {
        int start = placeEnd;
        while (start > 0
                && placeEnd - start < LONGEST_PLACE
                && NAME_CHARACTER_PATTERN.matcher(text).region(start - 1, start).matches()) {
            start--;
        }
        return isPlace(text, start, placeEnd) ? start : -1;
    }

    /** Whether the text ends with a kind of place that has a name in front of it (人民路, not 路 alone). */
    private static boolean isPlace(String text, int start, int end) {
        Matcher kind = ENDS_WITH_PLACE_KIND.matcher(text).region(start, end);
        if (!kind.find()) {
            return false;
        }
        for (int i = kind.start() - 1; i >= start; i--) {
            if (NAME_CHARACTER_PATTERN.matcher(text).region(i, i + 1).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves the start of a place past words taken in front of it (住在, 位于 …: HanLP tells them by their part of
     * speech) and past the province, city and county, which stay. Returns -1 when no place is left.
     */
    private static int trimToPlace(String text, int start, int placeEnd, Words words) {
        int current = start;
        while (current < placeEnd) {
            Token token = words.startingAt(current);
            if (token == null || token.end() >= placeEnd) {
                break;
            }
            boolean functionWord = FUNCTION_WORD_NATURES.contains(token.nature());
            boolean area = token.word().length() >= 2
                    && ADMINISTRATIVE_AREA.matcher(token.word()).matches();
            // 向阳路 segments as 向阳 (a verb) + 路: a word is only dropped when a place is still left after it.
            if (!(functionWord || area) || !isPlace(text, token.end(), placeEnd)) {
                break;
            }
            current = token.end();
        }
        return isPlace(text, current, placeEnd) ? current : -1;
    }

    // --- names

    private static void findNames(String text, Words tokens, List<Span> found) {
        List<int[]> publicPhrases = ranges(PUBLIC_PHRASES, text);
        List<Span> names = new ArrayList<>();
        for (Token token : tokens.all()) {
            if (token.isPersonName()) {
                int length = nameLengthWithoutTitle(token.word());
                if (length >= 2 && looksLikeName(text, token.start(), length, true)) {
                    names.add(new Span(token.start(), token.start() + length, RedactionKind.NAME, false));
                }
            }
        }
        Matcher cue = NAME_CUE_BEFORE.matcher(text);
        while (cue.find()) {
            int length = nameLengthFrom(text, cue.end(), tokens);
            if (length > 0) {
                names.add(new Span(cue.end(), cue.end() + length, RedactionKind.NAME, false));
            }
        }
        Matcher honorific = HONORIFIC_AFTER.matcher(text);
        while (honorific.find()) {
            int length = nameLengthBefore(text, honorific.start(), tokens);
            if (length > 0) {
                names.add(new Span(honorific.start() - length, honorific.start(), RedactionKind.NAME, false));
            }
        }
        for (Span name : names) {
            if (publicPhrases.stream().noneMatch(range -> name.start < range[1] && range[0] < name.end)) {
                found.add(name);
            }
        }
    }

    /** The length of a recognised name once a title after it is cut off (刘主任 → 刘, which stays). */
    private static int nameLengthWithoutTitle(String word) {
        for (String title : TITLES) {
            if (word.endsWith(title)) {
                return word.length() - title.length();
            }
        }
        return word.length();
    }

    private static boolean looksLikeName(String text, int start, int length, boolean checkRoles) {
        String name = text.substring(start, start + length);
        if (length > 4 || name.indexOf('某') >= 0 || name.chars().anyMatch(c -> !ChineseText.isHan((char) c))) {
            return false;
        }
        if (NOT_NAME_ENDINGS.indexOf(name.charAt(length - 1)) >= 0) {
            return false;
        }
        int surname = ChineseText.surnameLengthAt(text, start, !checkRoles);
        return surname > 0
                && surname < length
                && !startsWithTitle(text, start + surname)
                && (!checkRoles || plausibleGivenName(text, start + surname, start + length, surname == 2));
    }

    /**
     * Whether the characters are seen in given names in their places (HanLP's person-name roles). Where a name is
     * expected anyway (after 市民, before 先生, after a two-character surname, which is rare outside names) any
     * given-name role will do: 王娜伟 is a name, though 娜 seldom comes first in one.
     */
    private static boolean plausibleGivenName(String text, int start, int end, boolean nameExpected) {
        if (nameExpected) {
            for (int i = start; i < end; i++) {
                if (!ChineseText.canBeInGivenName(text.charAt(i))) {
                    return false;
                }
            }
            return end > start;
        }
        return switch (end - start) {
            case 1 -> ChineseText.canBeSingleGivenName(text.charAt(start));
            case 2 -> ChineseText.canBeDoubleGivenName(text.charAt(start), text.charAt(start + 1));
            default -> false;
        };
    }

    /** A name right after a cue such as 市民 or 姓名：, ending where HanLP's words end. */
    private static int nameLengthFrom(String text, int start, Words tokens) {
        // After a cue, HanLP's name stands even with given-name characters rarely seen in names (钱多多).
        Token token = tokens.startingAt(start);
        if (token != null && token.isPersonName()) {
            int length = nameLengthWithoutTitle(token.word());
            if (length >= 2 && looksLikeName(text, start, length, false)) {
                return length;
            }
        }
        int surname = ChineseText.surnameLengthAt(text, start, true);
        if (surname == 0 || startsWithTitle(text, start + surname)) {
            return 0;
        }
        int given = start + surname;
        for (int length = 2; length >= 1; length--) {
            if (given + length <= text.length()
                    && allHan(text, given, given + length)
                    && plausibleGivenName(text, given, given + length, true)
                    && isBoundary(given + length, text, tokens)) {
                return surname + length;
            }
        }
        return 0;
    }

    /** A name right before a title such as 先生 or 女士, beginning where one of HanLP's words begins. */
    private static int nameLengthBefore(String text, int end, Words tokens) {
        for (int length = 4; length >= 2; length--) {
            int start = end - length;
            if (start < 0 || !allHan(text, start, end) || !isBoundary(start, text, tokens)) {
                continue;
            }
            int surname = ChineseText.surnameLengthAt(text, start, true);
            int given = length - surname;
            if (surname == 0
                    || given < 1
                    || given > 2
                    || text.substring(start, end).indexOf('某') >= 0) {
                continue;
            }
            if (plausibleGivenName(text, start + surname, end, true)) {
                return length;
            }
        }
        return 0;
    }

    private static boolean startsWithTitle(String text, int position) {
        for (String title : TITLES) {
            if (text.startsWith(title, position)) {
                return true;
            }
        }
        return position < text.length() && text.charAt(position) == '某';
    }

    private static boolean isBoundary(int position, String text, Words words) {
        if (position >= text.length() || !ChineseText.isHan(text.charAt(position)) || words.isBoundary(position)) {
            return true;
        }
        // HanLP sometimes runs a name into the next word (王/飞来电/反映): the words that follow names tell.
        return WORD_AFTER_NAME.matcher(text).region(position, text.length()).lookingAt();
    }

    private static boolean allHan(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!ChineseText.isHan(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // --- public contacts, merging and the result

    private static List<int[]> publicRanges(String text, PublicContacts publicContacts) {
        List<int[]> ranges = new ArrayList<>();
        if (publicContacts == null) {
            return ranges;
        }
        for (String publicText : publicContacts.texts()) {
            String folded = fold(publicText).replaceAll("\\s+", "");
            if (folded.length() >= 2) {
                ranges.addAll(ranges(spaced(folded, "\\s*"), text));
            }
        }
        return ranges;
    }

    private static List<int[]> ranges(Pattern pattern, String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            ranges.add(new int[] {matcher.start(), matcher.end()});
        }
        return ranges;
    }

    private static void addAll(List<Span> found, Pattern pattern, String text, RedactionKind kind, boolean known) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                found.add(new Span(matcher.start(), matcher.end(), kind, known));
            }
        }
    }

    /**
     * Overlapping findings become one removal, so that nothing is left half removed; it takes the kind of the more
     * certain finding (the ticket's own facts, then numbers, then addresses, then names).
     */
    private static List<Span> merge(List<Span> found) {
        List<Span> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean continuesAddress = last != null
                    && span.start == last.end
                    && span.kind == RedactionKind.ADDRESS
                    && last.kind == RedactionKind.ADDRESS;
            if (last != null && (span.start < last.end || continuesAddress)) {
                Span stronger = rank(span) < rank(last) ? span : last;
                merged.set(
                        merged.size() - 1,
                        new Span(last.start, Math.max(last.end, span.end), stronger.kind, last.known || span.known));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static int rank(Span span) {
        return (span.known ? 0 : PRECEDENCE.size()) + PRECEDENCE.indexOf(span.kind);
    }

    private static RedactedReply apply(String original, List<Span> spans) {
        StringBuilder text = new StringBuilder(original.length());
        List<Redaction> redactions = new ArrayList<>(spans.size());
        int copied = 0;
        for (Span span : spans) {
            text.append(original, copied, span.start);
            int markStart = text.length();
            text.append(span.kind.mark());
            redactions.add(new Redaction(span.kind, span.start, span.end, markStart, text.length(), span.known));
            copied = span.end;
        }
        text.append(original, copied, original.length());
        return new RedactedReply(text.toString(), redactions);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Full-width ASCII (１３８, Ａ, －) and the ideographic space to ASCII, one character for one. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
