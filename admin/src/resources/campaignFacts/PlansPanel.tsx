import Typography from '@mui/material/Typography';
import { useLocale, useTranslate } from 'react-admin';
import type { CampaignPlan } from '@chung-tay/schema';
import { formatDecimal } from '../../common/decimal';
import { formatMoney } from '../../common/money';
import { AddFactButton, FactRowActions } from './FactButtons';
import { PlanForm } from './FactForms';
import { useFactList } from './FactsContext';
import { FactTable, TableCell, TableRow } from './FactTable';
import { formatYears } from './format';

const H = (key: string) => ({ label: `chungTay.campaignFacts.columns.${key}` });

/** What a plan aims at: "3–4 điểm %/năm", or an amount of money. */
function useTarget() {
  const translate = useTranslate();
  const locale = useLocale();
  return (plan: CampaignPlan) => {
    if (plan.kind === 'MONEY_TO_RAISE') return formatMoney(plan.moneyAmount);
    const min = formatDecimal(plan.minPointsPerYear, locale);
    const value = plan.maxPointsPerYear ? `${min}–${formatDecimal(plan.maxPointsPerYear, locale)}` : min;
    return translate('chungTay.campaignFacts.pointsPerYear', { value });
  };
}

/** The campaign's plans, each with its result as the product computes it. */
export function PlansPanel() {
  const { data, isPending, error } = useFactList('campaignPlans');
  const translate = useTranslate();
  const locale = useLocale();
  const target = useTarget();
  const plans = data ?? [];
  return (
    <>
      <AddFactButton kind="CampaignPlan" label="chungTay.campaignFacts.add.CampaignPlan">
        <PlanForm isNew />
      </AddFactButton>
      <FactTable
        label="chungTay.campaignFacts.tabs.plans"
        columns={[H('kind'), H('unit'), H('years'), H('target'), H('result'), { label: '' }]}
        isPending={isPending}
        error={error}
        empty="chungTay.campaignFacts.empty.plans"
        rows={plans.length}
      >
        {plans.map((plan) => (
          <TableRow key={plan.id}>
            <TableCell>{translate(`chungTay.enums.PlanKind.${plan.kind}`)}</TableCell>
            <TableCell>{plan.unit.name}</TableCell>
            <TableCell>{formatYears(plan.fromYear, plan.toYear)}</TableCell>
            <TableCell>{target(plan)}</TableCell>
            <TableCell>
              <Typography variant="body2">
                {(locale === 'vi' ? plan.result.statement : plan.result.statementEn) ??
                  translate('chungTay.campaignFacts.noResult')}
              </Typography>
              {plan.result.achievementPercent ? (
                <Typography variant="caption" color="text.secondary">
                  {translate('chungTay.campaignFacts.achievement', {
                    percent: formatDecimal(plan.result.achievementPercent, locale),
                  })}
                </Typography>
              ) : null}
            </TableCell>
            <TableCell>
              <FactRowActions
                kind="CampaignPlan"
                record={plan}
                name={`${translate(`chungTay.enums.PlanKind.${plan.kind}`)} ${formatYears(plan.fromYear, plan.toYear)}`}
              >
                <PlanForm isNew={false} />
              </FactRowActions>
            </TableCell>
          </TableRow>
        ))}
      </FactTable>
    </>
  );
}
