import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { UserError } from './errors.js';

/** Counts hits per key in fixed one-minute windows; memory is bounded by dropping old windows. */
class MinuteCounter {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(private readonly limit: number) {}

  /** Counts one hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const window = Math.floor(now / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > this.limit ? Math.ceil(((window + 1) * 60_000 - now) / 1000) : 0;
  }
}

const tooMany = (seconds: number) => {
  const error = new UserError('TOO_MANY_REQUESTS', {
    vi: `Quá nhiều yêu cầu; hãy thử lại sau ${seconds} giây`,
    en: `Too many requests; try again in ${seconds} seconds`,
  });
  error.extensions.http = { status: 429, headers: new Map([['retry-after', String(seconds)]]) };
  return error;
};

/** Per-user and per-address limits on mutations, and a per-address limit on login attempts. */
export function rateLimitPlugin(limits: {
  mutationsPerMinute: number;
  loginsPerMinute: number;
}): ApolloServerPlugin<Context> {
  const mutations = new MinuteCounter(limits.mutationsPerMinute);
  const logins = new MinuteCounter(limits.loginsPerMinute);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
          const waits = [mutations.hit(`ip:${contextValue.ip}`)];
          if (contextValue.caller) waits.push(mutations.hit(`user:${contextValue.caller.user.id}`));
          if (fields.includes('login')) waits.push(logins.hit(`ip:${contextValue.ip}`));
          const wait = Math.max(...waits);
          if (wait > 0) throw tooMany(wait);
        },
      };
    },
  };
}
