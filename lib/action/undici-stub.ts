/**
 * Stands in for `undici` in the Action's bundle (scripts/build-node.ts aliases it here). @actions/core
 * imports it only through its HTTP client, for the OIDC token request and an HTTP proxy, neither of which
 * the Action uses; the real package would add 550 KB to a bundle of under 1 MB. Should either path ever be
 * taken, it fails loudly instead of quietly doing something else.
 */
export class ProxyAgent {
  constructor() {
    throw new Error('PyPI recovery check: HTTP proxies are not supported by this Action');
  }
}
