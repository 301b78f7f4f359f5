import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';

/** Session tokens start "cts_", API tokens "ctt_": a leaked string says what it is. */
export type TokenKind = 'session' | 'api';

export function newToken(kind: TokenKind): string {
  return `${kind === 'session' ? 'cts' : 'ctt'}_${randomBytes(32).toString('base64url')}`;
}

export function tokenKind(token: string): TokenKind | null {
  if (token.startsWith('cts_')) return 'session';
  if (token.startsWith('ctt_')) return 'api';
  return null;
}

/** Tokens are long and random, so a fast hash is enough; only the hash is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash that never matches, checked against when the email is unknown so timing tells nothing. */
export const DUMMY_PASSWORD_HASH = await hashPassword(randomBytes(16).toString('hex'));
