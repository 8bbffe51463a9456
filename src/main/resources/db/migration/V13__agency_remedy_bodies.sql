-- Where an applicant seeks remedies against an agency's acts, as its replies name them.
-- reconsideration_body (行政复议机关): set only where the rule of 行政复议法 Art. 24 derived from the agency tree
-- does not fit (a vertically managed organ, a designated body); otherwise left null and derived.
-- competent_court (管辖法院): the court hearing administrative cases against the agency (行政诉讼法 Arts. 14–15,
-- and the province's designations); null while not configured, and the reply then names no court.
alter table agency
    add column reconsideration_body text check (reconsideration_body <> ''),
    add column competent_court      text check (competent_court <> '');
