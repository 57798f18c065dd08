import { useApi } from '../../lib/use-api';
import { graphApi, type GraphFeatures } from './graph-api';

const NONE: GraphFeatures = { onlineMeetings: false, groupSearch: false };

/** Which Graph helpers to offer: none while asking or when the question failed (the paste-in fields always work). */
export function useGraphFeatures(): GraphFeatures {
  const state = useApi((client, signal) => graphApi.features(client, signal));
  return state.status === 'success' ? state.data : NONE;
}
