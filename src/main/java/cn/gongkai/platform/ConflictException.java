package cn.gongkai.platform;

import org.springframework.http.HttpStatus;

/** The request is valid but not allowed in the current state of the record. */
public class ConflictException extends PortalException {

    public ConflictException(String slug, Object... arguments) {
        super(HttpStatus.CONFLICT, slug, arguments);
    }
}
