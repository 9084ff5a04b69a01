/**
 * What a caller may do, decided once per operation before anything is sent to Stripe. Pure
 * functions: the caller, the facts of the operation, the operator's policy in; a refusal or
 * nothing out. docs/security.md describes the rules and the policy file.
 */
import type { Caller } from './caller';

export type OperationKind = 'query' | 'mutation' | 'subscription';

/** One rule of an operator's policy file (`GATEWAY_POLICY`). */
interface PolicyRule {
  /** Root field the rule covers (`createTransfer`)... */
  field?: string;
  /** ...or every root field of a domain (`Identity`, `Issuing`; case-insensitive). */
  domain?: string;
  /** Only for queries or only for mutations; both when absent. */
  operation?: 'query' | 'mutation';
  /** The scope a caller needs, on top of read/write. */
  scope?: string;
  /** Only platform callers. */
  role?: 'platform';
}

export interface Policy {
  rules: readonly PolicyRule[];
}

/** What the authorization needs to know about one operation. */
export interface OperationFacts {
  kind: OperationKind;
  /** Root fields the operation runs, with the domain of their resource (inside asConnectedAccount too). */
  rootFields: ReadonlyArray<{ name: string; domain: string | undefined }>;
  /** Accounts named by asConnectedAccount. */
  accounts: readonly string[];
  /** The request's Stripe-Account header. */
  headerAccount: string | undefined;
}

/** The scope an operation kind needs before any finer rule: `read` for queries, `write` for mutations. */
export function baseScope(kind: OperationKind): string {
  return kind === 'mutation' ? 'write' : 'read';
}

/** Undefined when the caller may run the operation; else why not (a FORBIDDEN message). */
export function authorize(caller: Caller, facts: OperationFacts, policy: Policy | undefined): string | undefined {
  if (caller.role !== 'platform' && caller.stripeAccount === undefined) {
    return 'This caller may act neither for the platform (gateway_role) nor for a connected account (stripe_account)';
  }
  const needed = baseScope(facts.kind);
  if (!caller.scopes.has(needed)) return `A ${facts.kind} needs the "${needed}" scope, which this caller lacks`;
  if (caller.stripeAccount !== undefined) {
    const other = [facts.headerAccount, ...facts.accounts].find((a) => a !== undefined && a !== caller.stripeAccount);
    if (other !== undefined) return `This caller acts only as its own connected account, not as ${other}`;
  }
  for (const field of facts.rootFields) {
    for (const rule of matchingRules(policy, facts.kind, field)) {
      if (rule.role === 'platform' && caller.role !== 'platform') return `${field.name} is for platform callers only`;
      if (rule.scope !== undefined && !caller.scopes.has(rule.scope)) return `${field.name} needs the "${rule.scope}" scope, which this caller lacks`;
    }
  }
  return undefined;
}

function matchingRules(policy: Policy | undefined, kind: OperationKind, field: { name: string; domain: string | undefined }): PolicyRule[] {
  if (!policy) return [];
  return policy.rules.filter(
    (rule) =>
      (rule.operation === undefined || rule.operation === kind) &&
      (rule.field === undefined || rule.field === field.name) &&
      (rule.domain === undefined || rule.domain.toLowerCase() === field.domain?.toLowerCase()),
  );
}

const RULE_KEYS = new Set(['field', 'domain', 'operation', 'scope', 'role']);

/** Checks a parsed policy file; throws with the place of the first problem. */
export function parsePolicy(value: unknown): Policy {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { rules?: unknown }).rules)) {
    throw new Error('the policy must be an object with a "rules" array');
  }
  const rules = (value as { rules: unknown[] }).rules.map((rule, i) => checkRule(rule, `rules[${i}]`));
  return { rules };
}

function checkRule(rule: unknown, where: string): PolicyRule {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) throw new Error(`${where} must be an object`);
  const r = rule as Record<string, unknown>;
  const unknownKey = Object.keys(r).find((k) => !RULE_KEYS.has(k));
  if (unknownKey !== undefined) throw new Error(`${where} has an unknown key "${unknownKey}"`);
  for (const key of ['field', 'domain', 'scope'] as const) {
    if (r[key] !== undefined && (typeof r[key] !== 'string' || r[key] === '' || /\s/.test(r[key]))) {
      throw new Error(`${where}.${key} must be a non-empty string without spaces`);
    }
  }
  if ((r.field === undefined) === (r.domain === undefined)) throw new Error(`${where} needs exactly one of "field" or "domain"`);
  if (r.operation !== undefined && r.operation !== 'query' && r.operation !== 'mutation') throw new Error(`${where}.operation must be "query" or "mutation"`);
  if (r.role !== undefined && r.role !== 'platform') throw new Error(`${where}.role must be "platform"`);
  if (r.scope === undefined && r.role === undefined) throw new Error(`${where} needs a "scope" or a "role"`);
  return r;
}
