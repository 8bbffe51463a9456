package cn.gongkai.hotline;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * What a staff action carries (办理操作内容); each action reads the fields it needs and the ticket says which are
 * missing.
 */
public record HotlineStaffStep(
        @Nullable UUID leadDepartmentId,
        @Nullable List<UUID> assistingDepartmentIds,
        boolean urgent,
        @Nullable String reason,
        @Nullable String text,
        @Nullable List<String> attachmentIds,
        @Nullable Integer workingDays,
        @Nullable String leadTicketNumber,
        @Nullable UUID entryId) {}
