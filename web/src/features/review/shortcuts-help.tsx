const shortcuts: [keys: string, what: string][] = [
  ['n or →', 'Next photograph'],
  ['p or ←', 'Previous photograph'],
  ['+ or =', 'Zoom in'],
  ['-', 'Zoom out'],
  ['0', 'Fit the photograph to the pane'],
  ['1', 'Actual size (100%, one image pixel to one screen pixel)'],
  ['Arrow keys (in the viewer, zoomed in)', 'Move the photograph; with Shift, further'],
  ['r', 'Rotate 90 degrees'],
  ['f', 'Full screen, and back'],
  [']', 'Next case'],
  ['?', 'Show or hide this list'],
];

/** The viewer's keyboard shortcuts, in an NHS.UK details element (also opened and closed with "?"). */
export function ShortcutsHelp({ open, onToggle }: { open: boolean; onToggle: (open: boolean) => void }) {
  return (
    <details className="nhsuk-details" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Keyboard shortcuts</span>
      </summary>
      <div className="nhsuk-details__text">
        <p>They work anywhere on this page except while typing in a box.</p>
        <dl className="nhsuk-summary-list app-shortcuts">
          {shortcuts.map(([keys, what]) => (
            <div className="nhsuk-summary-list__row" key={keys}>
              <dt className="nhsuk-summary-list__key">
                <kbd>{keys}</kbd>
              </dt>
              <dd className="nhsuk-summary-list__value">{what}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
