/**
 * zod schemas of what the look-up hands across a message boundary (background → panel), so the panel
 * parses the outcome like every other message instead of trusting it. They mirror the TypeScript types
 * of index.ts; tests/unit/ownership-schema.test.ts holds the two together.
 */
import { z } from 'zod';

const text = z.string().max(10_000);
const name = z.string().max(300);

export const RepoLinkSchema = z.object({
  host: z.enum(['github', 'gitlab', 'bitbucket', 'other']),
  owner: name,
  repo: name,
  url: z.string().max(2048).startsWith('https://'),
});

export const PagesLinkSchema = z.object({
  host: z.literal('pages'),
  site: z.enum(['github.io', 'gitlab.io', 'readthedocs']),
  owner: name,
  url: z.string().max(2048).startsWith('https://'),
});

export const ProjectResultSchema = z.object({
  project: name,
  verdict: z.enum(['yours', 'organisation', 'github', 'other-host', 'no-repo', 'unchecked']),
  repo: RepoLinkSchema.nullable(),
  pages: z.array(PagesLinkSchema).max(200),
});

export const OwnershipSummarySchema = z.object({
  kind: z.enum(['not-found', 'no-projects', 'all-verifiable', 'some-unverifiable']),
});

export const OwnershipReportSchema = z.object({
  username: name,
  login: name.nullable(),
  summary: OwnershipSummarySchema,
  results: z.array(ProjectResultSchema).max(5000),
  sentence: z.string().max(100_000),
  declaredCount: z.number().int().nonnegative().nullable(),
  truncated: z.boolean(),
});

export const LookupErrorSchema = z.object({
  kind: z.enum([
    'invalid-username',
    'offline',
    'timeout',
    'rate-limited',
    'server',
    'http',
    'unrecognised-page',
    'cancelled',
  ]),
  message: text,
  retryAfterSeconds: z.number().nonnegative().optional(),
});

export const OwnershipOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), report: OwnershipReportSchema }),
  z.object({ ok: z.literal(false), error: LookupErrorSchema }),
]);

/** What the background may send while the look-up runs ("3 of 12 projects"). */
export const LookupProgressSchema = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
