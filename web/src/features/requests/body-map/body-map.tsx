import './body-map.css';
import type { BodySiteChoice } from './body-site-choice.ts';
import { describeChoice } from './body-site-choice.ts';
import { BodyFigure } from './body-figure.tsx';

type BodyMapProps = {
  choice: BodySiteChoice | null;
  onChoose: (choice: BodySiteChoice) => void;
};

/** The front and back figures, and the chosen site in words (read out when it changes). */
export function BodyMap({ choice, onChoose }: BodyMapProps) {
  return (
    <div className="app-body-map">
      <p className="app-body-map__chosen" aria-live="polite">
        {choice ? (
          <>
            Body site: <strong>{describeChoice(choice)}</strong>
          </>
        ) : (
          'No body site chosen yet'
        )}
      </p>
      <div className="app-body-map__figures">
        <BodyFigure view="front" choice={choice} onChoose={onChoose} />
        <BodyFigure view="back" choice={choice} onChoose={onChoose} />
      </div>
    </div>
  );
}
