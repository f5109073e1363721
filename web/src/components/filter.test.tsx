// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterForm, FilterSelect } from './filter.tsx';

afterEach(cleanup);

type Applied = { practice: string; sort: string };

function Example({ onApply }: { onApply: (applied: Applied) => void }) {
  const [practice, setPractice] = useState('');
  const [sort, setSort] = useState<'due' | 'updated'>('due');
  return (
    <FilterForm label="Filter the list" onApply={() => onApply({ practice, sort })}>
      <FilterSelect
        id="practice"
        label="Practice"
        all="All practices"
        value={practice}
        onChange={setPractice}
        options={[
          { value: 'p1', label: 'Riverside' },
          { value: 'p2', label: 'Brook' },
        ]}
      />
      <FilterSelect
        id="sort"
        label="Sort by"
        value={sort}
        onChange={(value) => setSort(value || 'due')}
        options={[
          { value: 'due', label: 'Due soonest' },
          { value: 'updated', label: 'Recently updated' },
        ]}
      />
    </FilterForm>
  );
}

describe('the filter form', () => {
  it('applies only when asked, with what was chosen, and offers "All" only where nothing may be chosen', () => {
    const applied: Applied[] = [];
    render(<Example onApply={(a) => applied.push(a)} />);
    const form = screen.getByRole('form', { name: 'Filter the list' });
    expect(form).toBeTruthy();
    const practice = screen.getByLabelText<HTMLSelectElement>('Practice');
    expect([...practice.options].map((o) => o.text)).toEqual(['All practices', 'Riverside', 'Brook']);
    const sort = screen.getByLabelText<HTMLSelectElement>('Sort by');
    expect([...sort.options].map((o) => o.text)).toEqual(['Due soonest', 'Recently updated']);

    fireEvent.change(practice, { target: { value: 'p2' } });
    fireEvent.change(sort, { target: { value: 'updated' } });
    expect(applied).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(applied).toEqual([{ practice: 'p2', sort: 'updated' }]);

    fireEvent.change(practice, { target: { value: '' } });
    fireEvent.submit(form);
    expect(applied.at(-1)).toEqual({ practice: '', sort: 'updated' });
  });
});
