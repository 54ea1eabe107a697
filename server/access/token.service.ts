/**
 * Bearer tokens: created with a role and a name, shown once, stored as a SHA-256 hash, revoked
 * by id or name. A revoked token stays in the table (for the audit log) and never works again.
 */
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { AccessToken } from './access-token.entity.js';
import { recordAudit, type Actor } from './audit.service.js';
import type { Access } from './access.js';
import type { Role } from './roles.js';

/** Tokens look like "og_" + 43 base64url characters (32 random bytes). */
const PREFIX = 'og_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export class TokenError extends Error {}

export interface TokenInfo {
  id: number;
  name: string;
  role: Role;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const info = (t: AccessToken): TokenInfo => ({ id: t.rowId, name: t.name, role: t.role, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt });

/** Creates a token; returns the secret (shown once) and what is stored about it. */
export async function createToken(dataSource: DataSource, role: Role, name: string, actor: Actor): Promise<{ token: string; info: TokenInfo }> {
  const trimmed = name.trim();
  if (!trimmed) throw new TokenError('a token needs a name (--name "…"): who or what it is for');
  if (trimmed.length > 100) throw new TokenError('the name is longer than 100 characters');
  if (/^\d+$/.test(trimmed)) throw new TokenError('the name cannot be a number (numbers are token ids)');
  const token = PREFIX + randomBytes(32).toString('base64url');
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(AccessToken);
    if (await repository.existsBy({ name: trimmed, revokedAt: IsNull() })) throw new TokenError(`an active token is already named "${trimmed}"`);
    const row = await repository.save(repository.create({ name: trimmed, role, tokenHash: hashToken(token), createdAt: new Date(), lastUsedAt: null, revokedAt: null }));
    await recordAudit(manager, actor, 'token.create', `created ${role} token #${row.rowId} "${trimmed}"`, true);
    return { token, info: info(row) };
  });
}

export async function listTokens(dataSource: DataSource): Promise<TokenInfo[]> {
  return (await dataSource.getRepository(AccessToken).find({ order: { rowId: 'ASC' } })).map(info);
}

/** Revokes the active token with this id or name. */
export async function revokeToken(dataSource: DataSource, idOrName: string, actor: Actor): Promise<TokenInfo> {
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(AccessToken);
    const byId = /^\d+$/.test(idOrName.trim());
    const row = byId
      ? await repository.findOneBy({ rowId: Number(idOrName.trim()) })
      : await repository.findOneBy({ name: idOrName.trim(), revokedAt: IsNull() });
    if (!row) throw new TokenError(`no ${byId ? '' : 'active '}token ${byId ? `#${idOrName.trim()}` : `named "${idOrName.trim()}"`}`);
    if (row.revokedAt) throw new TokenError(`token #${row.rowId} "${row.name}" was already revoked on ${row.revokedAt.toISOString()}`);
    row.revokedAt = new Date();
    await repository.save(row);
    await recordAudit(manager, actor, 'token.revoke', `revoked ${row.role} token #${row.rowId} "${row.name}"`, true);
    return info(row);
  });
}

const USE_RECORDED_EVERY_MS = 60 * 60 * 1000;

/** The access a presented token grants, or null when it is unknown or revoked. */
export async function authenticateToken(dataSource: DataSource, token: string): Promise<Access | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const repository = dataSource.getRepository(AccessToken);
  const row = await repository.findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() });
  if (!row) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > USE_RECORDED_EVERY_MS) {
    // Best effort: a busy database must not fail the request that only reads.
    repository.update({ rowId: row.rowId }, { lastUsedAt: new Date(now) }).catch(() => {});
  }
  return { role: row.role, tokenId: row.rowId, tokenName: row.name };
}

/**
 * On the first start (no token has ever been created) an admin token is made, so that the one
 * who started the server can sign in from the browser at once. Returns it, or null.
 */
export async function createFirstStartToken(dataSource: DataSource): Promise<string | null> {
  if ((await dataSource.getRepository(AccessToken).count()) > 0) return null;
  const { token } = await createToken(dataSource, 'admin', 'admin (first start)', { actor: 'server', role: 'admin' });
  return token;
}
