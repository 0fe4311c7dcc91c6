/** Why an action on an outreach did nothing: a value the services return and the views put in words. */
export type Refusal = 'not_found' | 'not_yours' | 'already_done';
