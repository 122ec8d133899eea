import { z } from 'zod';

/**
 * The parts of an `issues` event the Action reads (the file named by GITHUB_EVENT_PATH). Everything in it
 * comes from whoever filed the issue, so it is parsed, never trusted: a payload of another shape is skipped.
 */
export const IssueEventSchema = z.object({
  action: z.string(),
  issue: z.object({
    number: z.number().int().positive(),
    state: z.string().default('open'),
    body: z.string().nullable().default(null),
    author_association: z.string().default('NONE'),
    user: z
      .object({ login: z.string(), type: z.string().default('User') })
      .nullable()
      .default(null),
    labels: z
      .array(z.union([z.string(), z.object({ name: z.string() })]))
      .default([])
      .transform((labels) => labels.map((l) => (typeof l === 'string' ? l : l.name))),
    pull_request: z.unknown().optional(),
  }),
  repository: z.object({ name: z.string(), owner: z.object({ login: z.string() }) }),
});
export type IssueEvent = z.infer<typeof IssueEventSchema>;
