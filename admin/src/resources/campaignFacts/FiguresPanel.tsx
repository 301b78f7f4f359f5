import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useLocale, useTranslate } from 'react-admin';
import type { ReportedFigure } from '@chung-tay/schema';
import { AddFactButton, FactRowActions } from './FactButtons';
import { FigureForm } from './FactForms';
import { useFactList } from './FactsContext';
import { FactTable, TableCell, TableRow } from './FactTable';
import { formatFigureValue } from './format';

const H = (key: string, align?: 'right') => ({ label: `chungTay.campaignFacts.columns.${key}`, align });

/** Figures in report order, each total followed by its parts (any depth), indented. */
function inTreeOrder(figures: ReportedFigure[]): { figure: ReportedFigure; depth: number }[] {
  const ids = new Set(figures.map((f) => f.id));
  const byParent = new Map<string | null, ReportedFigure[]>();
  for (const figure of figures) {
    // A part whose total is not in the list (never, within one campaign) shows at the top.
    const parent = figure.parent && ids.has(figure.parent.id) ? figure.parent.id : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), figure]);
  }
  const out: { figure: ReportedFigure; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    const children = [...(byParent.get(parent) ?? [])].sort((a, b) => a.position - b.position);
    for (const figure of children) {
      out.push({ figure, depth });
      walk(figure.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The figures the campaign's report states: totals and their parts, each with the fact it claims. */
export function FiguresPanel() {
  const { data, isPending, error } = useFactList('reportedFigures');
  const findings = useFactList('consistencyFindings');
  const translate = useTranslate();
  const locale = useLocale();
  const figures = data ?? [];
  const flagged = new Set((findings.data ?? []).map((f) => f.figure.id));
  const choices = figures.map((f) => ({ id: f.id, label: f.label, measure: f.measure }));
  return (
    <>
      <AddFactButton kind="ReportedFigure" label="chungTay.campaignFacts.add.ReportedFigure" defaults={{ position: 0 }}>
        <FigureForm isNew figures={choices} />
      </AddFactButton>
      <FactTable
        label="chungTay.campaignFacts.tabs.figures"
        columns={[H('label'), H('value', 'right'), H('unit'), H('claim'), { label: '' }]}
        isPending={isPending}
        error={error}
        empty="chungTay.campaignFacts.empty.figures"
        rows={figures.length}
      >
        {inTreeOrder(figures).map(({ figure, depth }) => (
          <TableRow key={figure.id} data-testid="reported-figure">
            <TableCell sx={{ pl: 2 + depth * 3 }}>
              <Typography variant="body2" fontWeight={depth === 0 ? 'medium' : undefined}>
                {depth > 0 ? '↳ ' : ''}
                {figure.label}
              </Typography>
              {flagged.has(figure.id) ? (
                <Chip size="small" color="warning" label={translate('chungTay.campaignFacts.flagged')} />
              ) : null}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {formatFigureValue(figure.value, locale)}
            </TableCell>
            <TableCell>{figure.unit.name}</TableCell>
            <TableCell>
              {figure.claims ? (
                <>
                  <Typography variant="body2">
                    {translate(`chungTay.enums.FigureFact.${figure.claims.fact}`)}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {figure.factValue
                      ? translate('chungTay.campaignFacts.factHeld', {
                          value: formatFigureValue(figure.factValue, locale),
                        })
                      : translate('chungTay.campaignFacts.factMissing')}
                  </Typography>
                </>
              ) : (
                ''
              )}
            </TableCell>
            <TableCell>
              <FactRowActions kind="ReportedFigure" record={figure} name={figure.label}>
                <FigureForm isNew={false} figures={choices} />
              </FactRowActions>
            </TableCell>
          </TableRow>
        ))}
      </FactTable>
    </>
  );
}
