import { z } from 'zod';

/** Card data that names a request. Anything else in a forged or stale payload is ignored. */
export const requestRef = z.object({ requestId: z.string().uuid() }).passthrough();
