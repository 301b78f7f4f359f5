import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { Role } from '../users/role.js';
import { listAuditEvents } from './audit.service.js';
import { AuditEventFilter, AuditEventPage } from './audit.type.js';

@Resolver()
export class AuditResolver {
  @Authorized(Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => AuditEventPage, {
    description: 'The audit trail, newest first: everything for administrators, their subtree for auditors.',
  })
  auditEvents(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Which events.' }) filter?: AuditEventFilter,
  ) {
    return listAuditEvents(ctx, filter, page);
  }
}
