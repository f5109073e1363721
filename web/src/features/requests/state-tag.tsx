import { requestStateLabels, type RequestState } from '../../../../shared/request-content.ts';

const colours: Record<RequestState, string> = {
  draft: 'grey',
  submitted: 'blue',
  redirected: 'red',
  not_accepted: 'orange',
  withdrawn: 'grey',
  awaiting_images: 'yellow',
  ready_for_review: 'blue',
  in_review: 'purple',
  information_requested: 'orange',
  outcome_recorded: 'green',
  closed: 'white',
  returned: 'orange',
};

/** A request's state as an NHS.UK tag, coloured so the list can be scanned. */
export function StateTag({ state }: { state: RequestState }) {
  return <strong className={`nhsuk-tag nhsuk-tag--${colours[state]}`}>{requestStateLabels[state]}</strong>;
}
