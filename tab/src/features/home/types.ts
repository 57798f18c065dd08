import type { HomeEvent, HomeView, HomeWork } from '../../../../src/domain/home/types';

export type { HomeEvent, HomeView, HomeWork };
