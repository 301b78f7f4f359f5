import type { Context } from '../../context.js';
import { SESSION_COOKIE } from '../../context.js';
import { UserError } from '../../common/errors.js';
import { mutate } from '../audit/mutate.js';
import { requireCaller } from './access.js';
import { DUMMY_PASSWORD_HASH, hashToken, newToken, passwordMatches } from './secrets.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import type { LoginInput } from './user.inputs.js';

/** Failures allowed before each further attempt has to wait, doubling from 30 s up to 15 min. */
const FREE_FAILURES = 5;

function waitAfterFailures(user: User, now: Date): number {
  if (user.failedLoginCount < FREE_FAILURES || !user.lastFailedLoginAt) return 0;
  const lockMs = Math.min(30_000 * 2 ** (user.failedLoginCount - FREE_FAILURES), 15 * 60_000);
  return Math.max(0, user.lastFailedLoginAt.getTime() + lockMs - now.getTime());
}

const wrongCredentials = () =>
  new UserError('UNAUTHENTICATED', { vi: 'Email hoặc mật khẩu không đúng', en: 'Wrong email or password' });

export async function login(ctx: Context, input: LoginInput) {
  const now = new Date();
  const email = input.email.trim().toLowerCase();
  const user = await ctx.em.findOne(User, { email });
  const waitMs = user ? waitAfterFailures(user, now) : 0;
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new UserError('TOO_MANY_REQUESTS', {
      vi: `Đăng nhập sai quá nhiều lần; hãy thử lại sau ${seconds} giây`,
      en: `Too many failed logins; try again in ${seconds} seconds`,
    });
  }
  // Verify against a dummy hash for unknown emails too, so the answer time tells nothing.
  const matches = await passwordMatches(user?.passwordHash ?? DUMMY_PASSWORD_HASH, input.password);
  if (!user || !matches || !user.active) {
    // Counted outside any transaction: the error below must not roll the count back.
    if (user)
      await ctx.em.nativeUpdate(
        User,
        { id: user.id },
        { failedLoginCount: user.failedLoginCount + 1, lastFailedLoginAt: now },
      );
    throw wrongCredentials();
  }
  const token = newToken('session');
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3600_000);
  const loggedIn = await mutate(
    ctx,
    'login',
    async (tx) => {
      const account = await tx.em.findOneOrFail(User, { id: user.id });
      account.failedLoginCount = 0;
      account.lastFailedLoginAt = null;
      account.lastLoginAt = now;
      tx.em.create(Session, { user: account, tokenHash: hashToken(token), expiresAt } as never);
      await tx.em.flush();
      return account;
    },
    user,
  );
  ctx.res?.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.env === 'production',
    path: '/',
    expires: expiresAt,
  });
  return { token, expiresAt, user: loggedIn };
}

export async function logout(ctx: Context): Promise<boolean> {
  const caller = requireCaller(ctx);
  ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
  if (!caller.sessionId) return false;
  return mutate(ctx, 'logout', async (tx) => {
    const session = await tx.em.findOne(Session, { id: caller.sessionId });
    if (!session) return false;
    tx.em.remove(session);
    await tx.em.flush();
    return true;
  });
}
