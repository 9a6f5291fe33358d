import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ISOLATION_HEADERS } from '../../../security-headers.ts';

// Many static hosts cannot send the isolation headers: the service worker adds them to every
// same-origin response it hands the page, as coi-serviceworker does.

/** The response with the isolation headers set; an opaque (cross-origin) one as it is, since its headers cannot be read. */
export function withIsolation(response: Response): Response {
  if (response.status === 0 || response.type === 'opaque' || response.type === 'opaqueredirect') return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** A Workbox plugin that adds the isolation headers to responses from the network and from the caches. */
export const isolationPlugin: WorkboxPlugin = {
  fetchDidSucceed: async ({ response }) => withIsolation(response),
  cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? withIsolation(cachedResponse) : cachedResponse),
};
