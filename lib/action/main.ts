import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { commentsApi } from './github-api';
import { runAction } from './run';

/**
 * The Action's entry (built to action/dist/index.mjs): the runner's environment wired to runAction. It never
 * fails the workflow: whatever goes wrong is a warning annotation, and the issue is left as it was.
 */
try {
  const token = core.getInput('token') || process.env.GITHUB_TOKEN || '';
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  const outcome = await runAction({
    input: (name) => core.getInput(name),
    readEvent: async () => {
      const file = process.env.GITHUB_EVENT_PATH;
      return file ? readFile(file, 'utf8') : null;
    },
    api: (owner, repo, issue) => commentsApi(token, baseUrl, owner, repo, issue),
    summary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
  });
  core.setOutput('outcome', outcome);
  core.info(`Outcome: ${outcome}.`);
} catch (error) {
  core.warning(`PyPI recovery check: internal error (${error instanceof Error ? error.message : String(error)}).`);
}
process.exitCode = 0;
