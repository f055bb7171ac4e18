/** /about: the app's and product's versions and the components the jar ships (its SBOM). */
import { http as defaultHttp, type Http } from './http';
import type { About } from './types';

export interface AboutApi {
  /** GET /about. */
  about(signal?: AbortSignal): Promise<About>;
}

export function createAboutApi(http: Http): AboutApi {
  return {
    about: (signal) => http.get<About>('/about', { signal }),
  };
}

export const aboutApi: AboutApi = createAboutApi(defaultHttp);
