import type { KeyboardEvent } from 'react';
import {
  bodySites,
  describeBodySite,
  siteCentreX,
  type BodySite,
  type BodyView,
  type Laterality,
} from '../../../../../shared/body-sites.ts';
import { BodyOutline } from './body-outline.tsx';
import type { BodySiteChoice } from './body-site-choice.ts';

type Region = { site: BodySite; laterality: Laterality; cx: number };

/** Every clickable region of one view: a paired site has a left and a right region, others one on the midline. */
function regionsOf(view: BodyView): Region[] {
  return bodySites
    .filter((site) => site.view === view)
    .flatMap((site) =>
      (site.paired ? (['right', 'left'] as const) : (['midline'] as const)).map((laterality) => ({
        site,
        laterality,
        cx: siteCentreX(site, laterality),
      })),
    );
}

const isOn = (region: Region, choice: BodySiteChoice | null) =>
  choice?.code === region.site.code &&
  (!region.site.paired || choice.laterality === region.laterality || choice.laterality === 'bilateral');

type BodyFigureProps = {
  view: BodyView;
  choice: BodySiteChoice | null;
  onChoose: (choice: BodySiteChoice) => void;
};

/**
 * One figure of the body map. Each site is a button (click, Enter or Space); on a paired site the region
 * clicked gives the side. The patient's right is on the viewer's left from the front, and on the right from
 * behind, as the labels say.
 */
export function BodyFigure({ view, choice, onChoose }: BodyFigureProps) {
  const regions = regionsOf(view);
  const chosen = regions.filter((region) => isOn(region, choice));
  const choose = (region: Region) => onChoose({ code: region.site.code, laterality: region.laterality });
  const onKeyDown = (event: KeyboardEvent, region: Region) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    choose(region);
  };
  const [viewerLeft, viewerRight] = view === 'front' ? ['Right', 'Left'] : ['Left', 'Right'];
  return (
    <figure className="app-body-map__figure">
      <svg
        viewBox="0 0 200 460"
        className="app-body-map__svg"
        role="group"
        aria-label={view === 'front' ? 'Front of the body' : 'Back of the body'}
      >
        <BodyOutline />
        <text x={4} y={14} className="app-body-map__side" aria-hidden="true">
          {viewerLeft}
        </text>
        <text x={196} y={14} className="app-body-map__side app-body-map__side--end" aria-hidden="true">
          {viewerRight}
        </text>
        {regions.map((region) => (
          <ellipse
            key={`${region.site.code}-${region.laterality}`}
            className={isOn(region, choice) ? 'app-body-map__site app-body-map__site--chosen' : 'app-body-map__site'}
            cx={region.cx}
            cy={region.site.shape.cy}
            rx={region.site.shape.rx}
            ry={region.site.shape.ry}
            role="button"
            tabIndex={0}
            aria-label={describeBodySite(region.site.code, region.laterality)}
            aria-pressed={isOn(region, choice)}
            onClick={() => choose(region)}
            onKeyDown={(event) => onKeyDown(event, region)}
          />
        ))}
        {chosen.map((region) => (
          <g key={`marker-${region.laterality}`} className="app-body-map__marker" aria-hidden="true">
            <circle cx={region.cx} cy={region.site.shape.cy} r={5} />
            <circle cx={region.cx} cy={region.site.shape.cy} r={1.5} className="app-body-map__marker-dot" />
          </g>
        ))}
      </svg>
      <figcaption className="app-body-map__caption">{view === 'front' ? 'Front' : 'Back'}</figcaption>
    </figure>
  );
}
