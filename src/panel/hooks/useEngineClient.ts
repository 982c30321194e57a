/*
 * One analysis client per panel instance, created lazily on first use and disposed (its worker
 * terminated) when the panel unmounts.
 */
import { useEffect, useState } from 'react';

import { EngineClient } from '../../worker/client';

export function useEngineClient(): EngineClient {
  const [client] = useState(() => new EngineClient());
  useEffect(() => () => client.dispose(), [client]);
  return client;
}
