/** The capabilities the service says this person has, in its words. */
export function WhatYouCanDo({ capabilities }: { capabilities: string[] }) {
  return (
    <section aria-labelledby="what-you-can-do">
      <h2 className="nhsuk-heading-m" id="what-you-can-do">
        What you can do
      </h2>
      {capabilities.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet" aria-labelledby="what-you-can-do">
          {capabilities.map((capability) => (
            <li key={capability}>{capability}</li>
          ))}
        </ul>
      ) : (
        <p>Your account has no roles yet. Ask your service administrator to give you one.</p>
      )}
    </section>
  );
}
