import type { LetterPreview } from './review-api.ts';

const audienceLabels = { referrer: 'Letter to the GP', patient: 'Copy for the patient' } as const;

/**
 * The letters an outcome will send, as they will read (hazard H13): what the consultant confirms by signing. Each
 * letter is a region of its own, its words as on the PDF; the date is the day it is signed.
 */
export function LetterPreviews({ letters }: { letters: LetterPreview[] }) {
  return (
    <div className="app-letter-previews">
      {letters.map(({ audience, content }) => (
        <section
          key={audience}
          className="app-letter-preview"
          aria-labelledby={`letter-preview-${audience}`}
          data-audience={audience}
        >
          <h3 className="nhsuk-heading-s" id={`letter-preview-${audience}`}>
            {audienceLabels[audience]}
          </h3>
          <p className="nhsuk-body-s app-letter-preview__letterhead">
            <strong>{content.letterhead.name}</strong>
            <br />
            {content.letterhead.address}
          </p>
          <p className="nhsuk-body">
            <strong>{content.title}</strong>
            <br />
            {content.date} · Reference {content.reference}
          </p>
          <dl className="nhsuk-summary-list app-letter-preview__about">
            {content.about.map(([key, value]) => (
              <div className="nhsuk-summary-list__row" key={key}>
                <dt className="nhsuk-summary-list__key">{key}</dt>
                <dd className="nhsuk-summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="nhsuk-body">
            {content.to.map((line, index) => (
              <span key={index}>
                {line}
                <br />
              </span>
            ))}
          </p>
          <p className="nhsuk-body">{content.salutation}</p>
          {content.sections.map((section, index) => (
            <div key={index}>
              <h4 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">{section.heading}</h4>
              {section.paragraphs?.map((paragraph, i) => (
                <p className="nhsuk-body app-letter-preview__paragraph" key={i}>
                  {paragraph}
                </p>
              ))}
              {section.rows && (
                <dl className="nhsuk-summary-list">
                  {section.rows.map(([key, value]) => (
                    <div className="nhsuk-summary-list__row" key={key}>
                      <dt className="nhsuk-summary-list__key">{key}</dt>
                      <dd className="nhsuk-summary-list__value">{value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </div>
          ))}
          <p className="nhsuk-body">
            {content.signature.map((line, index) => (
              <span key={index}>
                {line}
                <br />
              </span>
            ))}
          </p>
          <p className="nhsuk-body-s app-letter-preview__footer">{content.footer}</p>
        </section>
      ))}
    </div>
  );
}
