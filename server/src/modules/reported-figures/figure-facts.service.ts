import type { Context } from '../../context.js';
import { UserError } from '../../common/errors.js';
import { commendationsFor, raisedFor, supportFor, unitsUnder } from '../campaign-facts/fact-values.js';
import { povertySeries } from '../poverty/poverty-series.service.js';
import { FigureFact } from './figure-enums.js';
import { valueOf, type FigureValue } from './figure-value.js';
import type { ReportedFigure } from './reported-figure.entity.js';

/** Poor households of a unit in a review year; null when no review is recorded. */
async function poorHouseholds(ctx: Context, unitId: number, year: number): Promise<number | null> {
  try {
    const [figure] = await povertySeries(ctx, { unitId: String(unitId), fromYear: year, toYear: year });
    return figure ? figure.poorHouseholds : null;
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
}

/**
 * The value of the fact a figure claims, as the product holds it (for the figure's campaign, in
 * its unit and the units under it); null when the figure claims none, or the product holds no such
 * fact at all (no review for the year), which is not an inconsistency but a gap.
 */
export async function factValueOf(ctx: Context, figure: ReportedFigure): Promise<FigureValue | null> {
  if (!figure.fact) return null;
  const units = await unitsUnder(ctx, figure.unit.id);
  const campaign = figure.campaign.id;
  const count = (n: number) => valueOf(figure.measure, BigInt(n) * 1000n, figure.countUnit ?? null);
  switch (figure.fact) {
    case FigureFact.FUNDS_RAISED_CASH:
    case FigureFact.FUNDS_RAISED_IN_KIND:
    case FigureFact.FUNDS_RAISED_TOTAL: {
      const raised = await raisedFor(ctx, campaign, units);
      const amount =
        figure.fact === FigureFact.FUNDS_RAISED_CASH
          ? raised.cash
          : figure.fact === FigureFact.FUNDS_RAISED_IN_KIND
            ? raised.inKindValue
            : raised.cash + raised.inKindValue;
      return valueOf(figure.measure, amount, null);
    }
    case FigureFact.SUPPORT_AMOUNT:
      return valueOf(figure.measure, (await supportFor(ctx, campaign, units, figure.factPurpose)).amount, null);
    case FigureFact.HOUSEHOLDS_SUPPORTED:
      return count((await supportFor(ctx, campaign, units, figure.factPurpose)).households);
    case FigureFact.POOR_HOUSEHOLDS: {
      const poor = await poorHouseholds(ctx, figure.unit.id, figure.factToYear!);
      return poor == null ? null : count(poor);
    }
    case FigureFact.POOR_HOUSEHOLDS_REDUCTION: {
      const start = await poorHouseholds(ctx, figure.unit.id, figure.factFromYear! - 1);
      const end = await poorHouseholds(ctx, figure.unit.id, figure.factToYear!);
      return start == null || end == null ? null : count(start - end);
    }
    case FigureFact.COMMENDATIONS:
      return count(await commendationsFor(ctx, campaign, units, figure.factFormCode, figure.factRecipientKind ?? null));
  }
}
