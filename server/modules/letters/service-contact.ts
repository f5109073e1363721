/** A service's contact details as a letter gives them to a patient. */
export type ServiceContactDetails = { name: string; telephone: string; email: string; openingHours?: string };

/**
 * How to reach the service, in one phrase: "North Vale Dermatology, telephone 01632 960100 (Monday to Friday, 9am to
 * 5pm), or email dermatology@example.nhs.uk". The details are the service's settings, so a change reaches the next
 * letter (hazard: a patient stranded by a number that no longer answers).
 */
export function serviceContactPhrase(service: ServiceContactDetails): string {
  const hours = service.openingHours ? ` (${service.openingHours})` : '';
  const telephone = service.telephone ? `, telephone ${service.telephone}${hours}` : '';
  const email = service.email ? `${telephone ? ', or' : ','} email ${service.email}` : '';
  return `${service.name}${telephone}${email}`;
}
