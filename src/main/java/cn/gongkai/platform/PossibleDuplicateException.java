package cn.gongkai.platform;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;

/**
 * The person already filed the same thing (重复提交提醒): a 409 naming the earlier filing's number and day as extension
 * members ({@code earlierNumber}, {@code earlierFiledOn}), so that the form can point to it and let the person file
 * again on purpose.
 */
public class PossibleDuplicateException extends PortalException {

    public static final String SLUG = "possible-duplicate";

    public PossibleDuplicateException(String earlierNumber, LocalDate earlierFiledOn) {
        super(HttpStatus.CONFLICT, SLUG, earlierNumber, earlierFiledOn.toString());
        with("earlierNumber", earlierNumber);
        with("earlierFiledOn", earlierFiledOn.toString());
    }
}
