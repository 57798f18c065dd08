import type { ApiClient } from '../../lib/api-client';

/** Typed access to the training endpoints (src/server/routes/training.ts), checked at runtime. */

export type ModuleKind = 'article' | 'video' | 'lab' | 'session';
export type PathAudience = 'new-maker' | 'experienced-maker' | 'pro-developer' | 'admin';
export type PathLevel = 'beginner' | 'intermediate' | 'advanced';

export interface TrainingModule {
  readonly id: string;
  readonly position: number;
  readonly title: string;
  readonly description: string;
  readonly url: string;
  readonly minutes: number;
  readonly kind: ModuleKind;
  readonly retiredAt: string | null;
  /** For makers: whether they marked it done. */
  readonly done?: boolean;
  /** For makers: whether they opened it (done counts as started). */
  readonly started?: boolean;
}

export interface PathProgress {
  readonly done: number;
  readonly total: number;
  readonly percent: number;
  readonly nextModuleId: string | null;
  readonly completedAt: string | null;
}

export interface TrainingPath {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly audience: PathAudience;
  readonly level: PathLevel;
  readonly modules: readonly TrainingModule[];
  readonly progress: PathProgress;
}

export interface Recommendation {
  readonly pathId: string;
  readonly reason: 'continue' | 'role';
  readonly because: string;
}

export interface TrainingOverview {
  readonly paths: readonly TrainingPath[];
  readonly recommendation: Recommendation | null;
}

/** A module as the admin page edits it: an edit sends the version it was based on. */
export interface AdminModule extends TrainingModule {
  readonly version: number;
}

/** A path as the admin page edits it (retired paths and modules included). */
export interface AdminPath {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly audience: PathAudience;
  readonly level: PathLevel;
  readonly position: number;
  readonly retiredAt: string | null;
  /** Of the path's own fields: an edit sends the version it was based on, a stale one gets a 409. */
  readonly version: number;
  readonly modules: readonly AdminModule[];
}

export interface ModuleDraft {
  title: string;
  description: string;
  url: string;
  minutes: number;
  kind: ModuleKind;
}

export interface PathDraft {
  title: string;
  summary: string;
  audience: PathAudience;
  level: PathLevel;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (o: Json, keys: readonly string[]) => keys.every((k) => typeof o[k] === 'string');

function isModule(v: unknown): v is TrainingModule {
  return isObj(v) && strings(v, ['id', 'title', 'url', 'kind']) && typeof v['minutes'] === 'number';
}

function isPath(v: unknown): v is TrainingPath {
  return isObj(v) && strings(v, ['id', 'title', 'audience', 'level']) && Array.isArray(v['modules']) && v['modules'].every(isModule) && isObj(v['progress']) && typeof v['progress']['percent'] === 'number';
}

function isAdminModule(v: unknown): v is AdminModule {
  return isModule(v) && typeof (v as unknown as Json)['version'] === 'number';
}

function isAdminPath(v: unknown): v is AdminPath {
  return isObj(v) && strings(v, ['id', 'slug', 'title']) && typeof v['version'] === 'number' && Array.isArray(v['modules']) && v['modules'].every(isAdminModule);
}

const decodeOverview = (v: unknown): TrainingOverview | undefined =>
  isObj(v) && Array.isArray(v['paths']) && v['paths'].every(isPath) && (v['recommendation'] === null || isObj(v['recommendation'])) ? (v as unknown as TrainingOverview) : undefined;
const decodePath = (v: unknown): TrainingPath | undefined => (isPath(v) ? v : undefined);
const decodeDone = (v: unknown): { path: TrainingPath; completedNow: boolean } | undefined =>
  isObj(v) && isPath(v['path']) && typeof v['completedNow'] === 'boolean' ? { path: v['path'], completedNow: v['completedNow'] } : undefined;
const decodeAdminPath = (v: unknown): AdminPath | undefined => (isAdminPath(v) ? v : undefined);
const decodeAdminPaths = (v: unknown): readonly AdminPath[] | undefined => (isObj(v) && Array.isArray(v['paths']) && v['paths'].every(isAdminPath) ? v['paths'] : undefined);
const decodeAdminModule = (v: unknown): AdminModule | undefined => (isAdminModule(v) ? v : undefined);

const enc = encodeURIComponent;

export const fetchTraining = (c: ApiClient, signal?: AbortSignal) => c.get('/api/training', decodeOverview, signal);
export const fetchPath = (c: ApiClient, id: string, signal?: AbortSignal) => c.get(`/api/training/paths/${enc(id)}`, decodePath, signal);
/** Marks a module done or not done; the answer is the path with the new progress. */
/** Opening a module's Learn page counts as started; sent as the link is followed. */
export const markModuleStarted = (c: ApiClient, moduleId: string) => c.send('POST', `/api/training/modules/${enc(moduleId)}/started`, {}, (v) => (isObj(v) && v['started'] === true ? true : undefined));
export const setModuleDone = (c: ApiClient, moduleId: string, done: boolean) => c.send('PUT', `/api/training/modules/${enc(moduleId)}/done`, { done }, decodeDone);

export const fetchAdminPaths = (c: ApiClient, signal?: AbortSignal) => c.get('/api/admin/training/paths', decodeAdminPaths, signal);
/** One path as it is now: what a form reloads after its save was refused as stale. */
export const fetchAdminPath = (c: ApiClient, id: string, signal?: AbortSignal) => c.get(`/api/admin/training/paths/${enc(id)}`, decodeAdminPath, signal);
export const createPath = (c: ApiClient, draft: PathDraft) => c.send('POST', '/api/admin/training/paths', { ...draft, modules: [] }, decodeAdminPath);
/** `version`: the path's version the form was filled from; the server answers 409 when someone saved since. */
export const updatePath = (c: ApiClient, id: string, draft: Partial<PathDraft>, version: number) => c.send('PATCH', `/api/admin/training/paths/${enc(id)}`, { ...draft, version }, decodeAdminPath);
export const setPathRetired = (c: ApiClient, id: string, retired: boolean) => c.send('POST', `/api/admin/training/paths/${enc(id)}/retire`, { retired }, decodeAdminPath);
/** `basedOn`: the order the page showed; the server answers 409 when it is no longer the current one. */
export const reorderPaths = (c: ApiClient, ids: readonly string[], basedOn: readonly string[]) => c.send('PUT', '/api/admin/training/paths/order', { ids, basedOn }, decodeAdminPaths);
export const addModule = (c: ApiClient, pathId: string, draft: ModuleDraft) => c.send('POST', `/api/admin/training/paths/${enc(pathId)}/modules`, draft, decodeAdminPath);
export const updateModule = (c: ApiClient, id: string, draft: Partial<ModuleDraft>, version: number) => c.send('PATCH', `/api/admin/training/modules/${enc(id)}`, { ...draft, version }, decodeAdminModule);
export const setModuleRetired = (c: ApiClient, id: string, retired: boolean) => c.send('POST', `/api/admin/training/modules/${enc(id)}/retire`, { retired }, decodeAdminModule);
export const reorderModules = (c: ApiClient, pathId: string, ids: readonly string[], basedOn: readonly string[]) =>
  c.send('PUT', `/api/admin/training/paths/${enc(pathId)}/modules/order`, { ids, basedOn }, decodeAdminPath);
