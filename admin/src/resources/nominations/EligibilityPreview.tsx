import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { EligibilityReport } from '@chung-tay/schema';
import { isIsoDate } from '../../common/dates';
import { Panel } from '../../common/layout';
import type { ChungTayDataProvider } from '../../dataProvider';
import { EligibilityChecks } from './EligibilityChecks';

/** "2021, 2022 2023" → [2021, 2022, 2023]; anything not a year is left out. */
export const parseYears = (text: unknown): number[] =>
  String(text ?? '')
    .split(/[^\d]+/)
    .filter((s) => /^\d{4}$/.test(s))
    .map(Number);

/**
 * The eligibility check as the board member types: the rules in force on the proposal date,
 * asked of the server half a second after the last change (checkEligibility), rule by rule.
 */
export function EligibilityPreview({ values }: { values: Record<string, any> }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const { formId, campaignId, proposedOn, excellentYearsText: years } = values;
  const kind = values.recipient?.kind;
  // A recipient on record (picked, or the one being edited): their history counts.
  const recipientId = values.recipientId ?? values.recipient?.id;
  const [report, setReport] = useState<EligibilityReport | null>(null);
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  const key = JSON.stringify([formId, campaignId, proposedOn, kind, recipientId, parseYears(years)]);

  useEffect(() => {
    if (!formId || !isIsoDate(proposedOn) || !(kind || recipientId)) {
      setReport(null);
      return;
    }
    let current = true;
    setPending(true);
    const timer = setTimeout(() => {
      dataProvider
        .checkEligibility({
          formId,
          campaignId: campaignId ?? null,
          proposedOn,
          recipientId: recipientId ?? null,
          recipientKind: recipientId ? null : kind,
          excellentYears: parseYears(years),
        })
        .then((r) => current && (setReport(r), setError('')))
        .catch((e: Error) => current && setError(e.message))
        .finally(() => current && setPending(false));
    }, 500);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  return (
    <Panel title="chungTay.commendations.eligibility.title" id="eligibility-preview">
      {pending ? (
        <CircularProgress size={16} aria-label={translate('chungTay.commendations.eligibility.checking')} />
      ) : null}
      {error ? (
        <Typography color="error" role="alert">
          {error}
        </Typography>
      ) : report ? (
        <EligibilityChecks report={report} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('chungTay.commendations.eligibility.hint')}
        </Typography>
      )}
    </Panel>
  );
}
