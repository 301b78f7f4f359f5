import Typography from '@mui/material/Typography';
import { useLocale, useTranslate } from 'react-admin';
import { AddFactButton, FactRowActions } from './FactButtons';
import { ExemplarForm } from './FactForms';
import { useFactList } from './FactsContext';
import { FactTable, TableCell, TableRow } from './FactTable';
import { formatQuantity } from './format';

const H = (key: string) => ({ label: `chungTay.campaignFacts.columns.${key}` });

/** Exemplary people, collectives, households and livelihood models, and where they spread. */
export function ExemplarsPanel() {
  const { data, isPending, error } = useFactList('exemplars');
  const translate = useTranslate();
  const locale = useLocale();
  const exemplars = data ?? [];
  return (
    <>
      <AddFactButton kind="Exemplar" label="chungTay.campaignFacts.add.Exemplar" defaults={{ replicated: false }}>
        <ExemplarForm />
      </AddFactButton>
      <FactTable
        label="chungTay.campaignFacts.tabs.exemplars"
        columns={[H('name'), H('kind'), H('place'), H('year'), H('replicated'), { label: '' }]}
        isPending={isPending}
        error={error}
        empty="chungTay.campaignFacts.empty.exemplars"
        rows={exemplars.length}
      >
        {exemplars.map((exemplar) => (
          <TableRow key={exemplar.id}>
            <TableCell>
              <Typography variant="body2" fontWeight="medium">
                {exemplar.name}
              </Typography>
              {exemplar.description ? (
                <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
                  {exemplar.description}
                </Typography>
              ) : null}
            </TableCell>
            <TableCell>{translate(`chungTay.enums.ExemplarKind.${exemplar.kind}`)}</TableCell>
            <TableCell>{exemplar.place ?? exemplar.unit.name}</TableCell>
            <TableCell>{exemplar.year ?? ''}</TableCell>
            <TableCell>
              {exemplar.replicated
                ? translate('chungTay.campaignFacts.replicatedText', {
                    count: formatQuantity(exemplar.replicationCount, locale) || '?',
                    where: exemplar.replicatedWhere ?? '',
                  })
                : translate('chungTay.campaignFacts.notReplicated')}
            </TableCell>
            <TableCell>
              <FactRowActions kind="Exemplar" record={exemplar} name={exemplar.name}>
                <ExemplarForm />
              </FactRowActions>
            </TableCell>
          </TableRow>
        ))}
      </FactTable>
    </>
  );
}
