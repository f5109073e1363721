import type { PatientView } from './patient-api.ts';

type Service = PatientView['service'];

/** The service's telephone number as a link a phone can dial. */
const dialable = (telephone: string) => `tel:${telephone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '')}`;

/**
 * Whom the patient contacts at the dermatology service, about their request or an appointment: its telephone (with
 * the hours it is answered) and email, from the service's settings. Questions about their skin itself go to their GP
 * practice, which the pages say beside this.
 */
export function ServiceContact({ service, headingLevel = 2 }: { service: Service; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!service.telephone && !service.email) return null;
  return (
    <section aria-labelledby="service-contact-heading" className="app-service-contact">
      <Heading className="nhsuk-heading-s" id="service-contact-heading">
        Contact {service.name}
      </Heading>
      <p>About your request or an appointment with the skin service:</p>
      <ul className="nhsuk-list">
        {service.telephone && (
          <li>
            Telephone: <a href={dialable(service.telephone)}>{service.telephone}</a>
            {service.openingHours && <span className="app-line">{service.openingHours}</span>}
          </li>
        )}
        {service.email && (
          <li>
            Email: <a href={`mailto:${service.email}`}>{service.email}</a>
          </li>
        )}
      </ul>
    </section>
  );
}

/** "North Vale Dermatology on 01632 960100", or the name alone when the service gives no telephone. */
export const serviceOnTelephone = (service: Service) =>
  `${service.name}${service.telephone ? ` on ${service.telephone}` : ''}`;
