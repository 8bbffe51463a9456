package cn.gongkai.platform;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * The thing asked for does not exist — or exists outside the caller's agency, which must look the
 * same so that records of other agencies cannot be probed.
 */
public class NotFoundException extends PortalException {

    public NotFoundException(String what, Object id) {
        // The kind of thing is itself translated: messages hold "thing.<what>".
        super(
                HttpStatus.NOT_FOUND,
                "not-found",
                new DefaultMessageSourceResolvable("thing." + what),
                String.valueOf(id));
    }
}
