import { createContext, useContext } from 'react';
import type { HostInfo } from '../host';

const HostContext = createContext<HostInfo | null>(null);

export const HostProvider = HostContext.Provider;

/** The host facts the servlet wrote on the root element (product, version, context path). */
export function useHost(): HostInfo {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() outside <HostProvider>');
  return host;
}
