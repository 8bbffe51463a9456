package cn.gongkai.platform.logging;

import cn.gongkai.shared.Masking;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Log filter for personal data (日志脱敏): every text value of every JSON log line — message,
 * arguments, stack trace, MDC — has ID numbers and mobile numbers masked before it is written,
 * whichever code logged it. Named in {@code logging.structured.json.customizer}.
 */
public class PersonalDataLogMasking implements StructuredLoggingJsonMembersCustomizer<Object> {

    private static final Masking MASKING = Masking.defaults();

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.of(String.class, MASKING::maskFreeText));
    }
}
