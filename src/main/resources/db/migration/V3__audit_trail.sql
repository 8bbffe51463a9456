-- The audit trail (审计记录): append-only, each row sealed with the SM3 hash of its content and of
-- the row before it, so any later change to a row breaks the chain from that row on.
create table audit_record (
    seq            bigint primary key,
    occurred_at    timestamptz not null,
    actor          text not null,
    actor_role     text not null default '',
    agency_id      uuid,
    action         text not null,
    target_type    text not null,
    target_id      text not null,
    outcome        text not null check (outcome in ('SUCCEEDED', 'REJECTED', 'FAILED')),
    request_id     text not null,
    client_address text not null,
    details        text not null default '{}',
    previous_hash  text not null,
    hash           text not null
);
create index audit_record_target_idx on audit_record (target_type, target_id);
create index audit_record_occurred_idx on audit_record (occurred_at);

-- Rows are never changed, and not removed before the 180 days the Cybersecurity Law (Art. 21) asks for.
create function audit_record_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        raise exception 'audit records are append-only';
    end if;
    if old.occurred_at > now() - interval '180 days' then
        raise exception 'audit records are kept at least 180 days';
    end if;
    return old;
end $$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function audit_record_guard();
