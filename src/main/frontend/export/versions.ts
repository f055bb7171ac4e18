import type { ExportRequest } from './request';
import type { TablewiseClient } from './source/client';
import { isAbort } from './source/errors';

/**
 * The request with the versions the JSON Lines header and the ZIP manifest record, as the
 * instance reports them (GET /about): the app's version on the server, not the CLI's, and
 * the product's version, which only the server knows. A server without /about (older
 * Tablewise) or a failed call leaves the request's own values: the export itself then
 * reports any real problem (credentials, network) with its usual retries and messages.
 */
export async function withServerVersions(
  request: ExportRequest,
  client: TablewiseClient,
  signal?: AbortSignal,
): Promise<ExportRequest> {
  try {
    const about = await client.about(signal);
    return { ...request, appVersion: about.app.version, productVersion: about.product.version };
  } catch (error) {
    if (isAbort(error)) throw error;
    return request;
  }
}
