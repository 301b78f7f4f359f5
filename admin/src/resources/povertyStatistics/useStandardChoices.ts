import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { ChungTayDataProvider } from '../../dataProvider';

/** The poverty standards as choices, by code; a provisional one says so. */
export function useStandardChoices() {
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const translate = useTranslate();
  const [choices, setChoices] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    dataProvider
      .povertyStandards()
      .then((standards) =>
        setChoices(
          standards.map((s) => ({
            id: s.code,
            name: `${s.code} (${s.fromYear}–${s.toYear})${s.provisional ? ` – ${translate('chungTay.poverty.provisional')}` : ''}`,
          })),
        ),
      )
      .catch(() => setChoices([]));
  }, [dataProvider, translate]);
  return choices;
}
