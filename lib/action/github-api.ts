import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';

/** The three REST calls the Action makes on one issue's comments, and nothing else. */
export interface CommentsApi {
  /** Every comment of the issue, all pages. */
  list(): Promise<IssueComment[]>;
  create(body: string): Promise<void>;
  update(commentId: number, body: string): Promise<void>;
}

export interface IssueComment {
  id: number;
  body: string;
  /** The comment's author; only comments by a bot can be ours. */
  byBot: boolean;
}

const Client = Octokit.plugin(paginateRest);

/**
 * The REST API at `baseUrl` (the runner's GITHUB_API_URL: github.com, an Enterprise server, or the tests'
 * local fake), for one issue.
 */
export function commentsApi(token: string, baseUrl: string, owner: string, repo: string, issue: number): CommentsApi {
  const octokit = new Client({ auth: token, baseUrl, userAgent: 'pypi-recovery-assistant-action' });
  const where = { owner, repo, issue_number: issue };
  return {
    async list() {
      const comments = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...where,
        per_page: 100,
      });
      return comments.map((c) => ({ id: c.id, body: c.body ?? '', byBot: c.user?.type === 'Bot' }));
    },
    async create(body) {
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, body });
    },
    async update(commentId, body) {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner,
        repo,
        comment_id: commentId,
        body,
      });
    },
  };
}
