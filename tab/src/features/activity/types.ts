import type { MyActivity } from '../../../../src/domain/insights/types';

export type { MyActivity };

export type RecentQuestion = MyActivity['recentQuestions'][number];
