import type { Kysely } from 'kysely';
import type { InsightsQueries, TimeRange } from '../../../domain/insights/repository.js';
import type { Database } from '../../schema.js';
import * as Ask from './ask.js';
import * as Community from './community.js';
import * as Environments from './environments.js';
import * as Events from './events.js';
import * as Stories from './stories.js';
import * as Training from './training.js';
import { myActivity } from './my-activity.js';

/** The dashboard's SQL aggregates, one module per capability; the same statements run on SQLite and PostgreSQL. */
export class SqlInsightsQueries implements InsightsQueries {
  constructor(private readonly db: Kysely<Database>) {}

  activeMakers = (range: TimeRange) => Community.activeMakers(this.db, range);
  newMakers = (range: TimeRange) => Community.newMakers(this.db, range);
  champions = () => Community.champions(this.db);
  activeByDepartment = (range: TimeRange) => Community.activeByDepartment(this.db, range);
  activeByDay = (range: TimeRange) => Community.activeByDay(this.db, range);

  ask = (range: TimeRange) => Ask.ask(this.db, range);
  askByDay = (range: TimeRange) => Ask.askByDay(this.db, range);
  answeredByExperts = (range: TimeRange) => Ask.answeredByExperts(this.db, range);
  expertAnswerSpans = (range: TimeRange) => Ask.expertAnswerSpans(this.db, range);
  gapCandidates = (range: TimeRange, limit: number) => Ask.gapCandidates(this.db, range, limit);

  environments = (range: TimeRange) => Environments.environments(this.db, range);
  leadTimeSpans = (range: TimeRange) => Environments.leadTimeSpans(this.db, range);
  requestsByType = (range: TimeRange) => Environments.requestsByType(this.db, range);
  requestsByState = (range: TimeRange) => Environments.requestsByState(this.db, range);
  expiring = (range: TimeRange, limit: number) => Environments.expiring(this.db, range, limit);

  stories = (range: TimeRange) => Stories.stories(this.db, range);
  storiesByProduct = (until: string, products: readonly string[]) => Stories.storiesByProduct(this.db, until, products);
  storiesByMonth = (range: TimeRange) => Stories.storiesByMonth(this.db, range);

  training = (range: TimeRange) => Training.training(this.db, range);
  trainingByPath = (until: string) => Training.trainingByPath(this.db, until);
  modulesByDay = (range: TimeRange) => Training.modulesByDay(this.db, range);

  events = (range: TimeRange) => Events.events(this.db, range);
  eventList = (range: TimeRange) => Events.eventList(this.db, range);

  myActivity = (userId: string, range: TimeRange, heldBefore: string) => myActivity(this.db, userId, range, heldBefore);
}
