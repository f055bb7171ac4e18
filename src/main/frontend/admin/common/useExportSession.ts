import { useSyncExternalStore } from 'react';
import { exportSession, type ExportSession, type SessionSnapshot } from './exportSession';

/** The page's export session and what it currently shows. */
export function useExportSession(): [SessionSnapshot, ExportSession] {
  const session = exportSession();
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  return [snapshot, session];
}
