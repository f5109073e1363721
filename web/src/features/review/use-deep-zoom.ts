import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type OpenSeadragon from 'openseadragon';
import type { DeepZoom } from './photo-order.ts';

/** OpenSeadragon lets the consultant zoom to four image pixels a CSS pixel, as the plain viewer allows eight. */
const maxZoomPixelRatio = 4;
type Library = typeof OpenSeadragon;
type Status = 'loading' | 'loaded' | 'failed';

/**
 * A very large photograph shown from its Deep Zoom tiles by OpenSeadragon, loaded only when such a photograph is
 * opened (a chunk of its own, not the main bundle). It offers the same controls as useZoomPan, on OpenSeadragon's
 * viewport; its own buttons, keyboard handling and focus are left off, the pane's are used. Scale 1 is actual pixels.
 */
export function useDeepZoom(host: RefObject<HTMLDivElement | null>, deepZoom: DeepZoom) {
  const { width, height, tileSize, overlap, tilesUrl } = deepZoom;
  const library = useRef<Library | null>(null);
  const viewer = useRef<OpenSeadragon.Viewer | null>(null);
  const fittedNow = useRef(true);
  const [scale, setScale] = useState(0);
  const [fitted, setFittedState] = useState(true);
  const [status, setStatus] = useState<Status>('loading');

  const setFitted = useCallback((value: boolean) => {
    fittedNow.current = value;
    setFittedState(value);
  }, []);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let made: OpenSeadragon.Viewer | null = null;
    let cancelled = false;
    import('openseadragon').then(
      ({ default: OpenSeadragon }) => {
        if (cancelled) return;
        holdMobileStyleSlot();
        library.current = OpenSeadragon;
        const view = OpenSeadragon({
          element,
          tileSources: {
            width,
            height,
            tileSize,
            tileOverlap: overlap,
            minLevel: 0,
            getTileUrl: (level: number, x: number, y: number) => `${tilesUrl}${level}/${x}_${y}.jpg`,
          },
          showNavigationControl: false,
          crossOriginPolicy: false,
          maxZoomPixelRatio,
          visibilityRatio: 1,
          animationTime: 0.4,
          gestureSettingsMouse: { clickToZoom: false, dblClickToZoom: true },
        });
        made = view;
        viewer.current = view;
        // Not a stop of its own in the tab order: the pane around it takes focus and the keys.
        view.canvas.removeAttribute('tabindex');
        const showScale = () => {
          if (view.world.getItemCount()) setScale(view.viewport.viewportToImageZoom(view.viewport.getZoom()));
        };
        const moved = () => setFitted(false);
        view.addHandler('open', showScale);
        view.addHandler('zoom', showScale);
        view.addHandler('resize', () => {
          // Fitted until the consultant moves it, through resizes and full screen, as the plain viewer.
          if (fittedNow.current) view.viewport.goHome(true);
          showScale();
        });
        view.addHandler('open-failed', () => setStatus('failed'));
        view.addHandler('tile-loaded', () => setStatus('loaded'));
        view.addHandler('canvas-drag', moved);
        view.addHandler('canvas-scroll', moved);
        view.addHandler('canvas-pinch', moved);
        view.addHandler('canvas-double-click', moved);
      },
      () => {
        if (!cancelled) setStatus('failed');
      },
    );
    return () => {
      cancelled = true;
      made?.destroy();
      viewer.current = null;
    };
  }, [host, width, height, tileSize, overlap, tilesUrl, setFitted]);

  /** Runs `act` on the viewport once the photograph is open, then keeps it within the pane. */
  const withViewport = useCallback((act: (viewport: OpenSeadragon.Viewport, osd: Library) => void) => {
    const view = viewer.current;
    if (!view || !library.current || !view.world.getItemCount()) return;
    act(view.viewport, library.current);
    view.viewport.applyConstraints();
  }, []);

  const zoomBy = useCallback(
    (factor: number) => {
      withViewport((viewport) => viewport.zoomBy(factor));
      setFitted(false);
    },
    [withViewport, setFitted],
  );
  const zoomTo = useCallback(
    (imageScale: number) => {
      withViewport((viewport) => viewport.zoomTo(viewport.imageToViewportZoom(imageScale)));
      setFitted(false);
    },
    [withViewport, setFitted],
  );
  const panBy = useCallback(
    (dx: number, dy: number) => {
      // The pane's offsets move the picture; OpenSeadragon's move the view over it, the other way.
      withViewport((viewport, osd) => viewport.panBy(viewport.deltaPointsFromPixels(new osd.Point(-dx, -dy))));
      setFitted(false);
    },
    [withViewport, setFitted],
  );
  const fit = useCallback(() => {
    withViewport((viewport) => viewport.goHome());
    setFitted(true);
  }, [withViewport, setFitted]);
  const rotate = useCallback(() => {
    withViewport((viewport) => {
      viewport.setRotation((viewport.getRotation() + 90) % 360);
      if (fittedNow.current) viewport.goHome();
    });
  }, [withViewport]);

  return { scale, maxScale: maxZoomPixelRatio, fitted, status, zoomBy, zoomTo, panBy, rotate, fit };
}

/**
 * OpenSeadragon adds a `<style>` element to the page for touch screens unless one marked as its own is there; the
 * Content-Security-Policy (style-src 'self') refuses inline styles, and the browser would log the refusal. An inert
 * element of that name and mark (in no namespace the browser styles from) stands in for it.
 */
function holdMobileStyleSlot() {
  if (document.querySelector('style[data-openseadragon-mobile-css]')) return;
  const slot = document.createElementNS('urn:x-telederm:inert', 'style');
  slot.setAttribute('data-openseadragon-mobile-css', 'true');
  document.head.append(slot);
}
