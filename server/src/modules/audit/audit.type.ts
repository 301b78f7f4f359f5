import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { PageType } from '../../common/pagination.js';

@ObjectType('AuditEvent', {
  description: 'One change to one record: who, when, through which mutation, and the values before and after.',
})
export class AuditEventType {
  @Field(() => ID, { description: 'Stable id; increases with time.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When the change was committed.' })
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The user who made it; null for system work.' })
  actorUserId?: number | null;

  @Field(() => ID, { nullable: true, description: 'The API token used, if any.' })
  actorTokenId?: number | null;

  @Field(() => String, { description: "The actor's email at the time." })
  actorLabel!: string;

  @Field(() => String, { description: 'The mutation, e.g. "updateCampaign".' })
  operation!: string;

  @Field(() => String, { description: 'The kind of record, e.g. "Campaign".' })
  recordType!: string;

  @Field(() => ID, { description: 'The record’s id.' })
  recordId!: string;

  @Field(() => String, { description: 'create, update or delete.' })
  action!: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The changed fields before (null for a creation). Personal data shows as "[redacted]".',
  })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields after (null for a deletion).' })
  after?: Record<string, unknown> | null;
}

export const AuditEventPage = PageType(AuditEventType, 'AuditEvent');

@InputType({ description: 'Which audit events to list. All conditions must hold.' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'Only this kind of record, e.g. "Campaign".' })
  @MaxLength(100)
  recordType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this record (with recordType).' })
  recordId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this mutation, e.g. "updateCampaign".' })
  @MaxLength(100)
  operation?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes by this user.' })
  actorUserId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only changes at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only changes before this instant.' })
  to?: Date | null;
}
