import type { ReactNode } from 'react';
import { MultilineText, SummaryList } from '../../components/summary-list.tsx';
import type { Lesion } from './requests-api.ts';

type LesionCardProps = {
  lesion: Lesion;
  number: number;
  /** Change and remove, while the request is a draft. */
  actions?: ReactNode;
};

/** One lesion: where it is, what it looks like, and where its photographs will go. */
export function LesionCard({ lesion, number, actions }: LesionCardProps) {
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">
          Lesion {number}: {lesion.bodySiteLabel}
        </h3>
        <SummaryList
          noBorder
          rows={[
            { key: 'Body site', value: lesion.bodySiteLabel },
            { key: 'Description', value: <MultilineText text={lesion.description} /> },
            { key: 'Size', value: lesion.sizeMm === null ? 'Not measured' : `${lesion.sizeMm} mm` },
            ...(lesion.obscuredByHair ? [{ key: 'Hair', value: 'Photographs cannot show it through hair' }] : []),
            { key: 'Photographs', value: 'Photographs are added after submission' },
          ]}
        />
        {actions}
      </div>
    </div>
  );
}
