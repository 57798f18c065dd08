import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { EnvironmentPolicy } from '../domain/environments/policy.js';
import { DATA_CLASSIFICATIONS, ENVIRONMENT_TYPES } from '../domain/environments/types.js';
import { ConfigError } from './load.js';

function compiles(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

const days = z.number().int().min(1).max(3650);
const typeRule = z
  .object({
    allowed: z.boolean(),
    maxActivePerMaker: z.number().int().min(0).max(100),
    defaultDurationDays: days.nullable(),
    maxDurationDays: days.nullable(),
  })
  .strict()
  .refine((t) => (t.defaultDurationDays === null) === (t.maxDurationDays === null), 'set both defaultDurationDays and maxDurationDays, or neither (no expiry)')
  .refine((t) => t.defaultDurationDays === null || t.maxDurationDays === null || t.defaultDurationDays <= t.maxDurationDays, 'defaultDurationDays must not exceed maxDurationDays');

const schema = z
  .object({
    naming: z
      .object({
        pattern: z.string().min(1).refine((p) => compiles(p) !== null, 'is not a valid regular expression'),
        explanation: z.string().min(10),
        example: z.string().min(1),
      })
      .strict()
      .refine((n) => compiles(n.pattern)?.test(n.example) ?? true, 'the example must satisfy the pattern'),
    types: z.object(Object.fromEntries(ENVIRONMENT_TYPES.map((t) => [t, typeRule])) as Record<(typeof ENVIRONMENT_TYPES)[number], typeof typeRule>).strict(),
    regions: z.array(z.object({ value: z.string().regex(/^[a-z]+$/, 'a BAP location name such as europe'), label: z.string().min(1) }).strict()).min(1),
    languages: z.array(z.object({ value: z.number().int().positive(), label: z.string().min(1) }).strict()).min(1),
    currencies: z.array(z.object({ value: z.string().regex(/^[A-Z]{3}$/, 'an ISO currency code such as EUR'), label: z.string().min(1) }).strict()).min(1),
    justification: z.object({ minLength: z.number().int().min(0).max(2000), productionMinLength: z.number().int().min(0).max(2000) }).strict(),
    autoApprove: z.array(
      z
        .object({
          types: z.array(z.enum(ENVIRONMENT_TYPES)).min(1),
          classifications: z.array(z.enum(DATA_CLASSIFICATIONS)).min(1),
          maxExpectedUsers: z.number().int().positive().optional(),
        })
        .strict(),
    ),
    expiry: z.object({ warningDays: z.number().int().min(0).max(365) }).strict(),
  })
  .strict()
  .refine((p) => Object.values(p.types).some((t) => t.allowed), { message: 'allow at least one environment type', path: ['types'] });

/** Validates a parsed policy document; every problem is listed with its path in the file. */
export function parseEnvironmentPolicy(document: unknown, source: string): EnvironmentPolicy {
  const result = schema.safeParse(document);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `Invalid environment policy ${source}${i.path.length ? ` at ${i.path.join('.')}` : ''}: ${i.message}`));
  }
  return result.data as EnvironmentPolicy;
}

/** Reads and validates the policy file once at start-up (ENVIRONMENT_POLICY_FILE). */
export function loadEnvironmentPolicy(file: string): EnvironmentPolicy {
  const resolved = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(resolved, 'utf8');
  } catch {
    throw new ConfigError([`Invalid setting ENVIRONMENT_POLICY_FILE: cannot read ${resolved}`]);
  }
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new ConfigError([`Invalid environment policy ${resolved}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`]);
  }
  return parseEnvironmentPolicy(document, resolved);
}
