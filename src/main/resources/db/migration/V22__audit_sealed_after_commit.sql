-- An action's audit record is written in the action's own transaction, unsealed, and sealed into the chain (its
-- seq, previous_hash and hash) right after commit by one instance at a time (AuditSealing). Before, every action held
-- the lock on the end of the chain until it committed, so that all writes of the portal took turns.
alter table audit_record drop constraint audit_record_pkey;
alter table audit_record add column id bigint generated always as identity primary key;
alter table audit_record
    alter column seq drop not null,
    alter column previous_hash drop not null,
    alter column hash drop not null,
    add constraint audit_record_seq_key unique (seq),
    add constraint audit_record_sealed_whole
        check ((seq is null) = (hash is null) and (hash is null) = (previous_hash is null));

-- The records waiting for their seal, in the order they were written.
create index audit_record_unsealed_idx on audit_record (id) where seq is null;

-- Rows are never changed, except that an unsealed row is sealed once, its content untouched; and not removed before
-- the 180 days the Cybersecurity Law (Art. 21) asks for.
create or replace function audit_record_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if old.seq is null and new.seq is not null
                and (new.id, new.occurred_at, new.actor, new.actor_role, new.agency_id, new.action, new.target_type,
                     new.target_id, new.outcome, new.request_id, new.client_address, new.details)
                    is not distinct from
                    (old.id, old.occurred_at, old.actor, old.actor_role, old.agency_id, old.action, old.target_type,
                     old.target_id, old.outcome, old.request_id, old.client_address, old.details) then
            return new;
        end if;
        raise exception 'audit records are append-only';
    end if;
    if old.occurred_at > now() - interval '180 days' then
        raise exception 'audit records are kept at least 180 days';
    end if;
    return old;
end $$;
