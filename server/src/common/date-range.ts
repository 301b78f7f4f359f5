import { Field, InputType } from 'type-graphql';
import { DateScalar } from './scalars/date.scalar.js';
import { badInput } from './errors.js';

@InputType({ description: 'A range of calendar dates; either end may be left open. Both ends included.' })
export class DateRangeInput {
  @Field(() => DateScalar, { nullable: true, description: 'First day, included.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, included.' })
  to?: string | null;
}

/** Refuses a period whose end comes before its start; ISO dates compare as strings. */
export function assertOrderedDates(
  start: string | null | undefined,
  end: string | null | undefined,
  endField: string,
): void {
  if (start && end && end < start) {
    throw badInput(endField, {
      vi: `Ngày kết thúc (${end}) không được trước ngày bắt đầu (${start})`,
      en: `The end date (${end}) cannot be before the start date (${start})`,
    });
  }
}

/** Today's date in Vietnam, YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
