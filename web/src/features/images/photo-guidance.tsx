/** The NHS.UK details component: how to take photographs a dermatologist can use, one line each. */
export function PhotoGuidance() {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">How to take good photos</span>
      </summary>
      <div className="nhsuk-details__text">
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>Use good, even light: daylight from a window is best.</li>
          <li>Turn the flash off so that it does not glare on the skin.</li>
          <li>Hold the camera still, or rest your elbows, and let it focus before you take the photo.</li>
          <li>Take a regional photo first, far enough back to show where the lesion is on the body.</li>
          <li>For a close-up, fill most of the frame with the lesion, with the camera square on to the skin.</li>
          <li>Put a ruler or a coin beside the lesion so that its size can be judged.</li>
          <li>
            Check each photo here as it arrives: a blurred or dark one can be retaken while the patient is with you.
          </li>
        </ul>
      </div>
    </details>
  );
}
