-- Keyed fingerprints (HMAC-SM3 with the blind-index key) of what a person asked, so that a second identical filing is
-- found by equality before it is made, and the portal warns "you filed this on … (number …)". The text is reduced
-- first to its letters and digits (spaces, punctuation, width and case set aside), so that the same paste matches.
-- Rows filed before stay null: they are simply never matched.

-- Disclosure: the information sought (title, document number and description together).
alter table disclosure_request add column information_index text;
create index disclosure_request_same_information_idx
    on disclosure_request (applicant_user_id, agency_id, information_index, received_on desc)
    where information_index is not null and applicant_user_id is not null;

-- Hotline: the description, per signed-in person, and per contact phone for anonymous tickets.
alter table hotline_ticket add column description_index text;
create index hotline_ticket_same_text_idx
    on hotline_ticket (user_id, type, category_code, description_index, received_on desc)
    where description_index is not null and user_id is not null;
create index hotline_ticket_same_text_phone_idx
    on hotline_ticket (contact_phone_index, type, category_code, description_index, received_on desc)
    where description_index is not null and submitter_kind = 'ANONYMOUS' and contact_phone_index is not null;
