-- The dispatcher's queue of replies waiting for the check before the reply board (待审核公开): few rows among all
-- replies, found by a partial index and joined to their tickets by the ticket's key.
create index hotline_reply_awaiting_check_idx on hotline_reply (ticket_id) where publication = 'AWAITING_CHECK';
