import './viewer.css';
import { useEffect, useRef, useState } from 'react';
import type { Lesion } from '../requests/requests-api.ts';
import { PhotoGroups } from './photo-groups.tsx';
import type { ViewablePhoto } from './photo-order.ts';
import { ShortcutsHelp } from './shortcuts-help.tsx';
import { ViewerPane, type PaneControls } from './viewer-pane.tsx';

type Props = {
  lesions: Lesion[];
  photos: ViewablePhoto[];
  onNextCase: (() => void) | null;
};

/**
 * The case's photographs: the viewer, one photograph large or two side by side to compare (each zoomed and
 * moved on its own), over the thumbnails grouped by lesion and view. Keyboard shortcuts work anywhere on the
 * page except in a form field.
 */
export function CaseViewer({ lesions, photos, onNextCase }: Props) {
  const [shownId, setShownId] = useState(photos[0]?.id ?? null);
  const [compared, setCompared] = useState<string[]>([]);
  const [activeSide, setActiveSide] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const viewer = useRef<HTMLDivElement>(null);
  const panes = [useRef<PaneControls>(null), useRef<PaneControls>(null)];

  const comparing = compared.length === 2;
  const shownIndex = Math.max(
    0,
    photos.findIndex((p) => p.id === shownId),
  );
  const shown = comparing
    ? compared.map((id) => photos.find((p) => p.id === id)).filter((p): p is ViewablePhoto => Boolean(p))
    : photos[shownIndex]
      ? [photos[shownIndex]]
      : [];

  const show = (id: string) => {
    setShownId(id);
    setCompared([]);
  };
  const step = (by: number) => {
    if (comparing) return;
    const next = photos[(shownIndex + by + photos.length) % photos.length];
    if (next) show(next.id);
  };
  const toggleCompare = (id: string, on: boolean) =>
    setCompared((previous) =>
      on ? [...previous.filter((p) => p !== id), id].slice(-2) : previous.filter((p) => p !== id),
    );
  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void viewer.current?.requestFullscreen();
  };

  const latest = useRef({ step, fullScreen, onNextCase, pane: () => panes[activeSide]?.current });
  latest.current = { step, fullScreen, onNextCase, pane: () => panes[comparing ? activeSide : 0]?.current };
  useEffect(() => {
    const keys = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isFormField(event.target)) return;
      const { step, fullScreen, onNextCase, pane } = latest.current;
      const actions: Record<string, (() => void) | undefined> = {
        n: () => step(1),
        ArrowRight: () => step(1),
        p: () => step(-1),
        ArrowLeft: () => step(-1),
        ']': onNextCase ?? undefined,
        '+': () => pane()?.zoomIn(),
        '=': () => pane()?.zoomIn(),
        '-': () => pane()?.zoomOut(),
        '0': () => pane()?.fit(),
        '1': () => pane()?.actualSize(),
        r: () => pane()?.rotate(),
        f: fullScreen,
        '?': () => setHelpOpen((open) => !open),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', keys);
    return () => document.removeEventListener('keydown', keys);
  }, []);

  if (!photos.length) return <p>This case has no photographs that can be shown.</p>;
  return (
    <>
      <div className="app-viewer" ref={viewer}>
        <div className="app-viewer__toolbar">
          <button className="app-viewer__button" type="button" onClick={() => step(-1)} disabled={comparing}>
            Previous photo
          </button>
          <span className="app-viewer__position" aria-live="polite">
            {comparing ? 'Comparing 2 photographs' : `Photo ${shownIndex + 1} of ${photos.length}`}
          </span>
          <button className="app-viewer__button" type="button" onClick={() => step(1)} disabled={comparing}>
            Next photo
          </button>
          <button className="app-viewer__button app-viewer__button--end" type="button" onClick={fullScreen}>
            Full screen
          </button>
        </div>
        <div className={comparing ? 'app-viewer__panes app-viewer__panes--compare' : 'app-viewer__panes'}>
          {shown.map((photo, index) => (
            <ViewerPane
              key={photo.id}
              photo={photo}
              {...(comparing ? { side: index === 0 ? 'Left' : 'Right' } : {})}
              active={comparing && activeSide === index}
              onActivate={() => setActiveSide(index)}
              controls={panes[index]!}
            />
          ))}
        </div>
      </div>
      <p className="nhsuk-body-s app-muted">
        Tick <strong>Compare</strong> on two photographs to see them side by side.
      </p>
      <PhotoGroups
        lesions={lesions}
        photos={photos}
        shownId={comparing ? null : (shown[0]?.id ?? null)}
        compared={compared}
        onShow={show}
        onCompare={toggleCompare}
      />
      <ShortcutsHelp open={helpOpen} onToggle={setHelpOpen} />
    </>
  );
}

function isFormField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
