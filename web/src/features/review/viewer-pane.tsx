import {
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import type { DeepZoom, ViewablePhoto } from './photo-order.ts';
import { useDeepZoom } from './use-deep-zoom.ts';
import { useZoomPan } from './use-zoom-pan.ts';

/** What the page's keyboard shortcuts can do to the pane in use. */
export type PaneControls = {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  actualSize: () => void;
  rotate: () => void;
};

type Props = {
  photo: ViewablePhoto;
  /** In a comparison, which side ("Left", "Right"), for the controls' names. */
  side?: string;
  active: boolean;
  onActivate: () => void;
  controls: Ref<PaneControls>;
};

const step = 1.25;
const panStep = 60;

/**
 * One photograph at full resolution in a pane of its own, with its zoom controls. Drag or use the arrow keys to
 * move it, the mouse wheel or + and - to zoom; the zoom level is shown as a percentage of actual pixels. A very
 * large photograph (one the service cut into Deep Zoom tiles) is drawn from its tiles, the rest as one picture.
 */
export function ViewerPane(props: Props) {
  const { deepZoom } = props.photo;
  return deepZoom ? <TiledPane {...props} deepZoom={deepZoom} /> : <PicturePane {...props} />;
}

type Status = 'loading' | 'loaded' | 'failed';

/** What a pane's zoom, pan and rotation offer its controls. */
type PaneView = {
  scale: number;
  maxScale: number;
  fitted: boolean;
  zoomBy: (factor: number) => void;
  zoomTo: (scale: number) => void;
  panBy: (dx: number, dy: number) => void;
  rotate: () => void;
  fit: () => void;
};

function PicturePane(props: Props) {
  const { photo } = props;
  const pane = useRef<HTMLDivElement>(null);
  const picture = useRef<HTMLImageElement>(null);
  const [loaded, setLoaded] = useState<Status>('loading');
  const size = photo.width && photo.height ? { width: photo.width, height: photo.height } : null;
  const view = useZoomPan(pane, picture, size);
  return (
    <PaneFrame {...props} pane={pane} view={view} status={loaded}>
      <img
        className="app-viewer__image"
        ref={picture}
        src={photo.urls.viewing}
        alt={paneLabel(props)}
        draggable={false}
        // Element Timing reports when the photograph is painted (e2e/measure-next-case.ts reads it).
        {...{ elementtiming: 'viewer-photo' }}
        onLoad={() => setLoaded('loaded')}
        onError={() => setLoaded('failed')}
      />
    </PaneFrame>
  );
}

function TiledPane(props: Props & { deepZoom: DeepZoom }) {
  const pane = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const { status, ...view } = useDeepZoom(host, props.deepZoom);
  return (
    <PaneFrame {...props} pane={pane} view={view} status={status}>
      {/* OpenSeadragon draws on a canvas: the pane's name and the caption say what it shows. */}
      <div className="app-viewer__tiles" ref={host} role="img" aria-label={paneLabel(props)} />
    </PaneFrame>
  );
}

const paneLabel = ({ side, photo }: Pick<Props, 'side' | 'photo'>) => (side ? `${side}: ${photo.name}` : photo.name);

function PaneFrame({
  photo,
  side,
  active,
  onActivate,
  controls,
  pane,
  view,
  status,
  children,
}: Props & { pane: RefObject<HTMLDivElement | null>; view: PaneView; status: Status; children: ReactNode }) {
  const controlsOf: PaneControls = {
    zoomIn: () => view.zoomBy(step),
    zoomOut: () => view.zoomBy(1 / step),
    fit: () => view.fit(),
    actualSize: () => view.zoomTo(1),
    rotate: view.rotate,
  };
  useImperativeHandle(controls, () => controlsOf);

  const keys = (event: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [panStep, 0],
      ArrowRight: [-panStep, 0],
      ArrowUp: [0, panStep],
      ArrowDown: [0, -panStep],
    };
    const move = moves[event.key];
    // At fit the picture has nowhere to go: the arrows then move between photographs (handled by the page).
    if (!move || view.fitted) return;
    event.preventDefault();
    event.stopPropagation();
    const times = event.shiftKey ? 4 : 1;
    view.panBy(move[0] * times, move[1] * times);
  };
  // OpenSeadragon keeps the pointer to itself, so the pane hears of it on the way down.
  const activate = () => {
    onActivate();
    if (document.activeElement !== pane.current) pane.current?.focus({ preventScroll: true });
  };

  const label = paneLabel({ photo, side });
  const zoom = Math.round(view.scale * 100);
  const name = (action: string) => (side ? `${action} (${side.toLowerCase()})` : action);
  return (
    <figure className={active ? 'app-viewer__figure app-viewer__figure--active' : 'app-viewer__figure'}>
      <div className="app-viewer__controls">
        <button className="app-viewer__button" type="button" onClick={controlsOf.zoomOut} aria-label={name('Zoom out')}>
          −
        </button>
        <span className="app-viewer__zoom" aria-live="polite">
          Zoom {zoom}%
        </span>
        <button
          className="app-viewer__button"
          type="button"
          onClick={controlsOf.zoomIn}
          disabled={view.scale >= view.maxScale}
          aria-label={name('Zoom in')}
        >
          +
        </button>
        <button
          className="app-viewer__button"
          type="button"
          onClick={controlsOf.fit}
          aria-label={name('Fit to the pane')}
        >
          Fit
        </button>
        <button
          className="app-viewer__button"
          type="button"
          onClick={controlsOf.actualSize}
          aria-label={name('Actual size, 100%')}
        >
          1:1
        </button>
        <button
          className="app-viewer__button"
          type="button"
          onClick={controlsOf.rotate}
          aria-label={name('Rotate 90 degrees')}
        >
          ↻
        </button>
      </div>
      {/* The pane takes focus so that the arrow keys move the picture; pointer and wheel events are added in useZoomPan or by OpenSeadragon. */}
      <div
        className="app-viewer__pane"
        ref={pane}
        tabIndex={0}
        role="group"
        aria-label={`${label}, zoom ${zoom}%`}
        aria-roledescription="photo viewer"
        onKeyDown={keys}
        onFocus={onActivate}
        onPointerDownCapture={activate}
      >
        {children}
        {status !== 'loaded' && (
          <p className="app-viewer__status">
            {status === 'failed' ? 'This photograph could not be loaded.' : 'Loading…'}
          </p>
        )}
      </div>
      <figcaption className="nhsuk-body-s app-viewer__caption">
        {label}
        {photo.width && photo.height ? `, ${photo.width} × ${photo.height} pixels` : ''}
      </figcaption>
    </figure>
  );
}
