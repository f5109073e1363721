// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OfferPage } from './clinics-api.ts';
import { PatientSlotChoice } from './patient-slot-choice.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const site = { id: 's1', name: 'Easton Community Diagnostic Centre', address: '1 High Street', postcode: 'NV6 3DA' };
const firstWeek = {
  offers: [
    {
      slotId: 'slot-1',
      startsAt: '2026-12-07T10:00:00Z',
      endsAt: '2026-12-07T10:20:00Z',
      site,
      distanceMiles: 0.1,
      nearness: 'same district',
    },
  ],
  week: { from: '2026-12-07', to: '2026-12-13' },
  weeks: [{ from: '2026-12-07', to: '2026-12-13', open: 1 }],
  patientLocated: true,
} as unknown as OfferPage;

function Page({ initial, onValue }: { initial: string | undefined; onValue: (value: string | undefined) => void }) {
  const [value, setValue] = useState(initial);
  onValue(value);
  return (
    <PatientSlotChoice value={value} onChange={setValue} firstWeek={firstWeek} noTimes={<p>None</p>}>
      <button type="submit">Move my appointment</button>
    </PatientSlotChoice>
  );
}

describe("the patient's choice of another time", () => {
  it('shows the first week as the page read it, without reading it again', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(
      <MemoryRouter initialEntries={['/patient/appointment']}>
        <Page initial={undefined} onValue={() => {}} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('radio')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('lets go of a time that is not among those shown', () => {
    vi.stubGlobal('fetch', vi.fn());
    const seen: (string | undefined)[] = [];
    render(
      <MemoryRouter initialEntries={['/patient/appointment']}>
        <Page initial="slot-from-another-week" onValue={(v) => seen.push(v)} />
      </MemoryRouter>,
    );
    expect(seen[0]).toBe('slot-from-another-week');
    expect(seen.at(-1)).toBeUndefined();
  });
});
