import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { UnitLevel } from '../geography/unit-level.js';
import { Role } from '../users/role.js';
import { authorityUnitLevel } from './commendation-enums.js';
import type { CommendationForm } from './commendation-form.entity.js';
import {
  CommendationFormFilter,
  CommendationRuleFilter,
  CreateCommendationFormInput,
  CreateCommendationRuleInput,
  EndCommendationRuleInput,
  UpdateCommendationFormInput,
} from './commendation-form.inputs.js';
import * as catalogue from './commendation-form.service.js';
import {
  CommendationFormPage,
  CommendationFormType,
  CommendationRulePage,
  CommendationRuleType,
} from './commendation-form.type.js';
import type { CommendationRule } from './commendation-rule.entity.js';

const CreateFormPayload = PayloadType('CreateCommendationForm', CommendationFormType, 'form', 'The new form.');
const UpdateFormPayload = PayloadType('UpdateCommendationForm', CommendationFormType, 'form', 'The form as it is now.');
const CreateRulePayload = PayloadType('CreateCommendationRule', CommendationRuleType, 'rule', 'The new rule.');
const EndRulePayload = PayloadType('EndCommendationRule', CommendationRuleType, 'rule', 'The rule, now ended.');

@Resolver(() => CommendationFormType)
export class CommendationFormResolver {
  @Query(() => CommendationFormType, { nullable: true, description: 'One catalogue form, by id or code (public).' })
  commendationForm(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'The code, e.g. "BK-TTG".' }) code?: string,
  ) {
    return catalogue.findForm(ctx, id, code);
  }

  @Query(() => CommendationFormPage, {
    description: 'The catalogue of commendation forms and titles, highest distinction first (public).',
  })
  commendationForms(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CommendationFormFilter, { nullable: true, description: 'Which forms.' })
    filter?: CommendationFormFilter,
  ) {
    return catalogue.listForms(ctx, filter, page);
  }

  @FieldResolver(() => UnitLevel, { description: 'The administrative level whose emulation board decides it.' })
  decidingLevel(@Root() form: CommendationForm) {
    return authorityUnitLevel[form.authority];
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => CreateFormPayload, { description: 'Adds a form or title to the catalogue (system administrators).' })
  async createCommendationForm(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCommendationFormInput, { description: 'The form.' }) input: CreateCommendationFormInput,
  ) {
    return { record: await mutate(ctx, 'createCommendationForm', (tx) => catalogue.createForm(tx, input)) };
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => UpdateFormPayload, { description: 'Edits a catalogue form (system administrators).' })
  async updateCommendationForm(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCommendationFormInput, { description: 'The changes.' })
    input: UpdateCommendationFormInput,
  ) {
    return { record: await mutate(ctx, 'updateCommendationForm', (tx) => catalogue.updateForm(tx, input)) };
  }
}

@Resolver(() => CommendationRuleType)
export class CommendationRuleResolver {
  @Query(() => CommendationRulePage, { description: 'The eligibility rules, every version, oldest first (public).' })
  commendationRules(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CommendationRuleFilter, { nullable: true, description: 'Which rules.' })
    filter?: CommendationRuleFilter,
  ) {
    return catalogue.listRules(ctx, filter, page);
  }

  @FieldResolver(() => CommendationFormType, { nullable: true, description: 'The form it governs; null: every form.' })
  form(@Root() rule: CommendationRule, @Ctx() ctx: Context) {
    return rule.form ? ctx.loaders.commendationForm.load(rule.form.id) : null;
  }

  @FieldResolver(() => [String], { description: 'PRIOR_COMMENDATION: the form codes that count.' })
  priorFormCodes(@Root() rule: CommendationRule) {
    return rule.params.priorFormCodes ?? [];
  }

  @FieldResolver(() => Int, { nullable: true, description: 'PRIOR_COMMENDATION: within this many years.' })
  withinYears(@Root() rule: CommendationRule) {
    return rule.params.withinYears ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'CONSECUTIVE_GOOD_YEARS: how many years.' })
  years(@Root() rule: CommendationRule) {
    return rule.params.years ?? null;
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => CreateRulePayload, {
    description: 'Adds a version of an eligibility criterion (system administrators).',
  })
  async createCommendationRule(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCommendationRuleInput, { description: 'The rule.' }) input: CreateCommendationRuleInput,
  ) {
    return { record: await mutate(ctx, 'createCommendationRule', (tx) => catalogue.createRule(tx, input)) };
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => EndRulePayload, {
    description: 'Ends an eligibility rule on a day; nominations dated later are not judged by it.',
  })
  async endCommendationRule(
    @Ctx() ctx: Context,
    @Arg('input', () => EndCommendationRuleInput, { description: 'The rule and its last day.' })
    input: EndCommendationRuleInput,
  ) {
    return { record: await mutate(ctx, 'endCommendationRule', (tx) => catalogue.endRule(tx, input)) };
  }
}
