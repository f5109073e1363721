/**
 * The list's `lastActivity` arrives as the service's own code: the last transition's action, `Message: <kind>`,
 * `patient_finished` (the patient has done everything their link asked), or `created`. These are its words for
 * the referrer; an unknown code is shown as it came.
 */
const activityLabels: Record<string, string> = {
  created: 'Draft started',
  submit: 'Submitted',
  decide_eligibility: 'Eligibility decided',
  images_complete: 'Photographs complete',
  start_review: 'Review started',
  release_review: 'Returned to the worklist',
  request_information: 'Information requested',
  answer_information: 'Answer sent',
  record_outcome: 'Outcome recorded',
  close: 'Closed',
  withdraw: 'Withdrawn',
  withdraw_consent: 'Consent withdrawn',
  'Message: question': 'Question from the dermatologist',
  'Message: photo_request': 'Better photographs requested',
  'Message: answer': 'Answer sent',
  'Message: note': 'Note added',
  patient_finished: 'Patient finished their part',
};

export function describeActivity(code: string): string {
  return activityLabels[code] ?? code;
}
