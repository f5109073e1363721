// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maxScale, useZoomPan, type PictureSize } from './use-zoom-pan.ts';

// jsdom lays nothing out: the pane is given a size, and ResizeObserver (which it lacks) reports nothing.
beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

let viewer: ReturnType<typeof useZoomPan>;
function Viewer({ size }: { size: PictureSize }) {
  const pane = useRef<HTMLDivElement>(null);
  const picture = useRef<HTMLImageElement>(null);
  viewer = useZoomPan(pane, picture, size);
  return (
    <div ref={pane} data-testid="pane">
      <img ref={picture} alt="Close-up" />
    </div>
  );
}

const transform = (container: HTMLElement) => container.querySelector('img')!.style.transform;
/** A transform as the CSSOM keeps it (it shortens "translate(0px, 0px)" to "translate(0px)"). */
const css = (value: string) => {
  const element = document.createElement('div');
  element.style.transform = value;
  return element.style.transform;
};

describe('zoom and pan of a photograph', () => {
  it('fits the picture to the pane at first, and writes the placement as the image’s transform', () => {
    const { container } = render(<Viewer size={{ width: 1600, height: 600 }} />);
    expect(viewer.fitted).toBe(true);
    expect(viewer.scale).toBe(0.5); // the width decides: 800 / 1600
    expect(transform(container)).toBe(css('translate(-50%, -50%) translate(0px, 0px) rotate(0deg) scale(0.5)'));
  });

  it('zooms about the pointer, keeping the point under it where it was, and no further than the maximum', () => {
    const { container } = render(<Viewer size={{ width: 1600, height: 600 }} />);
    act(() => viewer.zoomBy(2, 100, -50));
    expect(viewer).toMatchObject({ scale: 1, fitted: false });
    // The point 100 px right of centre stays there: the picture moves 100 px left and 50 px down.
    expect(transform(container)).toBe(css('translate(-50%, -50%) translate(-100px, 50px) rotate(0deg) scale(1)'));
    act(() => viewer.zoomTo(100));
    expect(viewer.scale).toBe(maxScale);
  });

  it('pans by a drag, and fits again on request', () => {
    const { container, getByTestId } = render(<Viewer size={{ width: 1600, height: 600 }} />);
    const pane = getByTestId('pane');
    pane.setPointerCapture = () => {};
    const pointer = (type: string, x: number, y: number) =>
      pane.dispatchEvent(
        Object.assign(new MouseEvent(type, { clientX: x, clientY: y, button: 0, bubbles: true }), { pointerId: 1 }),
      );
    act(() => {
      pointer('pointerdown', 10, 10);
      pointer('pointermove', 40, 30);
      pointer('pointerup', 40, 30);
      pointer('pointermove', 90, 90); // after the button is up, moving does not pan
    });
    expect(transform(container)).toBe(css('translate(-50%, -50%) translate(30px, 20px) rotate(0deg) scale(0.5)'));
    expect(viewer.fitted).toBe(false);
    act(() => viewer.fit());
    expect(transform(container)).toBe(css('translate(-50%, -50%) translate(0px, 0px) rotate(0deg) scale(0.5)'));
  });

  it('the wheel zooms in and out about the pointer', () => {
    render(<Viewer size={{ width: 1600, height: 600 }} />);
    const pane = document.querySelector<HTMLElement>('[data-testid="pane"]')!;
    act(() => {
      pane.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: 0, clientY: 0, cancelable: true }));
    });
    expect(viewer.scale).toBeGreaterThan(0.5);
    const zoomedIn = viewer.scale;
    act(() => {
      pane.dispatchEvent(new WheelEvent('wheel', { deltaY: 400, clientX: 0, clientY: 0, cancelable: true }));
    });
    expect(viewer.scale).toBeLessThan(zoomedIn);
  });

  it('turning a fitted picture fits it again on its side; turning a zoomed one keeps the zoom', () => {
    render(<Viewer size={{ width: 1600, height: 600 }} />);
    act(() => viewer.rotate());
    // On its side the picture is 600 wide and 1600 high: the height decides, 600 / 1600.
    expect(viewer).toMatchObject({ rotation: 90, scale: 0.375, fitted: true });
    act(() => viewer.zoomTo(2));
    act(() => viewer.rotate());
    expect(viewer).toMatchObject({ rotation: 180, scale: 2, fitted: false });
  });
});
