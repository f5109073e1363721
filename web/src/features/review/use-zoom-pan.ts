import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Where the picture sits: its scale (1 is one image pixel to one CSS pixel), its offset from the pane's centre and its turn. */
type Placement = { scale: number; x: number; y: number; rotation: number; fitted: boolean };
export type PictureSize = { width: number; height: number };

export const maxScale = 8;
const minScale = 0.02;
const clamp = (scale: number) => Math.min(maxScale, Math.max(minScale, scale));

/**
 * Zoom, pan and rotation for one picture in its pane. The transform is written through the CSSOM
 * (`img.style.transform`), which the Content-Security-Policy allows, never as a style attribute, which it
 * refuses. The picture keeps its natural size, so scale 1 shows actual pixels; it stays fitted to the pane,
 * through resizes and full screen, until the consultant zooms or pans.
 */
export function useZoomPan(
  pane: RefObject<HTMLDivElement | null>,
  picture: RefObject<HTMLImageElement | null>,
  size: PictureSize | null,
) {
  const width = size?.width ?? 0;
  const height = size?.height ?? 0;
  const [placement, setPlacement] = useState<Placement>({ scale: 1, x: 0, y: 0, rotation: 0, fitted: true });
  const current = useRef(placement);
  current.current = placement;

  const fitScale = useCallback(
    (rotation: number) => {
      const box = pane.current;
      if (!box || !width || !height || !box.clientWidth || !box.clientHeight) return 1;
      const turned = rotation % 180 !== 0;
      return Math.min(box.clientWidth / (turned ? height : width), box.clientHeight / (turned ? width : height));
    },
    [pane, width, height],
  );

  const fit = useCallback(
    (rotation = current.current.rotation) =>
      setPlacement({ scale: fitScale(rotation), x: 0, y: 0, rotation, fitted: true }),
    [fitScale],
  );

  /** Zooms by a factor, keeping the point under (px, py) from the pane's centre where it is. */
  const zoomBy = useCallback((factor: number, px = 0, py = 0) => {
    setPlacement((p) => {
      const scale = clamp(p.scale * factor);
      const ratio = scale / p.scale;
      return { ...p, scale, x: px - (px - p.x) * ratio, y: py - (py - p.y) * ratio, fitted: false };
    });
  }, []);

  const zoomTo = useCallback((scale: number) => zoomBy(scale / current.current.scale), [zoomBy]);
  const panBy = useCallback(
    (dx: number, dy: number) => setPlacement((p) => ({ ...p, x: p.x + dx, y: p.y + dy, fitted: false })),
    [],
  );
  const rotate = useCallback(() => {
    const p = current.current;
    const rotation = (p.rotation + 90) % 360;
    if (p.fitted) fit(rotation);
    else setPlacement({ ...p, rotation });
  }, [fit]);

  // Fitted until the consultant moves it: again whenever the picture or the pane's size changes.
  useLayoutEffect(() => {
    if (current.current.fitted) fit();
  }, [fit]);
  useEffect(() => {
    const box = pane.current;
    if (!box) return;
    const observer = new ResizeObserver(() => {
      if (current.current.fitted) fit();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [pane, fit]);

  useLayoutEffect(() => {
    const image = picture.current;
    if (!image) return;
    const { scale, x, y, rotation } = placement;
    image.style.transform = `translate(-50%, -50%) translate(${x}px, ${y}px) rotate(${rotation}deg) scale(${scale})`;
  }, [picture, placement]);

  useWheelAndDrag(pane, zoomBy, panBy);
  return {
    scale: placement.scale,
    maxScale,
    rotation: placement.rotation,
    fitted: placement.fitted,
    zoomBy,
    zoomTo,
    panBy,
    rotate,
    fit,
  };
}

/** The mouse wheel zooms about the pointer; dragging with a mouse, pen or finger pans. */
function useWheelAndDrag(
  pane: RefObject<HTMLDivElement | null>,
  zoomBy: (factor: number, px?: number, py?: number) => void,
  panBy: (dx: number, dy: number) => void,
) {
  useEffect(() => {
    const box = pane.current;
    if (!box) return;
    const fromCentre = (event: MouseEvent) => {
      const rect = box.getBoundingClientRect();
      return [event.clientX - rect.left - rect.width / 2, event.clientY - rect.top - rect.height / 2] as const;
    };
    // Not passive: the wheel zooms the picture instead of scrolling the page.
    const wheel = (event: WheelEvent) => {
      event.preventDefault();
      const [px, py] = fromCentre(event);
      zoomBy(Math.exp(-event.deltaY * 0.0015), px, py);
    };
    let last: { x: number; y: number; id: number } | null = null;
    const down = (event: PointerEvent) => {
      if (event.button !== 0) return;
      box.setPointerCapture(event.pointerId);
      last = { x: event.clientX, y: event.clientY, id: event.pointerId };
      box.classList.add('app-viewer__pane--dragging');
    };
    const move = (event: PointerEvent) => {
      if (!last || event.pointerId !== last.id) return;
      panBy(event.clientX - last.x, event.clientY - last.y);
      last = { ...last, x: event.clientX, y: event.clientY };
    };
    const up = (event: PointerEvent) => {
      if (!last || event.pointerId !== last.id) return;
      last = null;
      box.classList.remove('app-viewer__pane--dragging');
    };
    box.addEventListener('wheel', wheel, { passive: false });
    box.addEventListener('pointerdown', down);
    box.addEventListener('pointermove', move);
    box.addEventListener('pointerup', up);
    box.addEventListener('pointercancel', up);
    return () => {
      box.removeEventListener('wheel', wheel);
      box.removeEventListener('pointerdown', down);
      box.removeEventListener('pointermove', move);
      box.removeEventListener('pointerup', up);
      box.removeEventListener('pointercancel', up);
    };
  }, [pane, zoomBy, panBy]);
}
