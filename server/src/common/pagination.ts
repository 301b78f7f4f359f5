import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';

/** The largest page any list returns; a bigger `limit` is refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'How many records to skip.' })
  @Min(0)
  offset!: number;

  @Field(() => Int, { defaultValue: 25, description: `How many records to return, 1–${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit!: number;
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort order.',
  valuesConfig: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

/** A page of a list: the records, and how many match in all (Open Collective's convention). */
export interface Page<T> {
  totalCount: number;
  offset: number;
  limit: number;
  nodes: T[];
}

/** Makes the GraphQL type of a page of `item`, named `${item}Page`. */
export function PageType<T extends object>(item: ClassType<T>, itemName: string) {
  @ObjectType(`${itemName}Page`, { description: `A page of ${itemName} records with the total count.` })
  class PageClass implements Page<T> {
    @Field(() => Int, { description: 'How many records match the filter, across all pages.' })
    totalCount!: number;

    @Field(() => Int, { description: 'The offset this page starts at.' })
    offset!: number;

    @Field(() => Int, { description: 'The page size asked for.' })
    limit!: number;

    @Field(() => [item], { description: 'The records on this page.' })
    nodes!: T[];
  }
  return PageClass;
}
