package cn.gongkai.hotline;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * A matter of the dispatch catalogue (派单目录事项): what people raise, the field it belongs to and the department that
 * leads on it (主办单位), which the dispatcher is offered first.
 *
 * @param field the broad field (e.g. 市场监管) the picker groups matters by
 * @param businessEnvironment whether it is a business-environment matter (营商环境), counted apart
 * @param keywords words people use for it, for the picker's search
 */
public record HotlineMatter(
        String code,
        String name,
        String field,
        Department leadDepartment,
        boolean businessEnvironment,
        List<String> keywords) {

    /** A department by its id and its names, the English one null where the directory has none. */
    public record Department(UUID id, String name, @Nullable String nameEn) {}
}
