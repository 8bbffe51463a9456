package cn.gongkai.hotline;

import jakarta.annotation.Nullable;
import java.util.UUID;

/**
 * An entry of the hotline's knowledge base (知识库条目, GB/T 44191-2024): a question people ask, the centre's answer
 * and the policy it rests on (政策依据).
 */
public record KnowledgeEntry(UUID id, @Nullable String matterCode, String question, String answer, String basis) {}
