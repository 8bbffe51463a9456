package cn.gongkai.hotline.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Contacts that are public and stay in a reply (公开的联系方式): service numbers such as 12345 or 12315, the
 * replying department's published phone numbers, and its published addresses and e-mail addresses.
 *
 * @param numbers phone numbers in any notation; compared by their digits, with or without the area code
 * @param texts addresses and e-mail addresses, compared without whitespace
 */
public record PublicContacts(Set<String> numbers, Set<String> texts) {

    /** National service numbers a reply cites to tell people where to turn; never personal. */
    public static final List<String> SERVICE_NUMBERS = List.of(
            "110", "119", "120", "122", "12345", "12315", "12333", "12320", "12328", "12329", "12336", "12338", "12348",
            "12351", "12355", "12356", "12358", "12366", "12369", "12378", "12380", "12388", "12393", "12306", "12319",
            "12321", "12365", "95598", "95119");

    public PublicContacts {
        numbers = Set.copyOf(numbers);
        texts = Set.copyOf(texts);
    }

    /** Only the national service numbers. */
    public static PublicContacts serviceNumbers() {
        return new PublicContacts(Set.copyOf(SERVICE_NUMBERS), Set.of());
    }

    /** The national service numbers plus a department's own published numbers and addresses. */
    public static PublicContacts of(Iterable<String> departmentNumbers, Iterable<String> departmentTexts) {
        Set<String> allNumbers = new LinkedHashSet<>(SERVICE_NUMBERS);
        departmentNumbers.forEach(allNumbers::add);
        Set<String> allTexts = new LinkedHashSet<>();
        departmentTexts.forEach(allTexts::add);
        return new PublicContacts(allNumbers, allTexts);
    }
}
