import type { Services } from '../container.js';
import { formatLocalDateTime, shiftLocalDays } from '../domain/events/zoned-time.js';

const SEEDER = { actor: { kind: 'system' as const, name: 'seed' } };

interface SampleEvent {
  title: string;
  description: string;
  type: 'office-hours' | 'community-call' | 'webinar' | 'hackathon' | 'training-day';
  /** Days from today, and the local start hour and length in hours. */
  inDays: number;
  hour: number;
  hours: number;
  capacity: number | null;
  audienceNote: string | null;
  location: string | null;
}

const SAMPLES: SampleEvent[] = [
  {
    title: 'Power Automate office hours',
    description: 'Bring a flow that misbehaves and debug it with the CoE team. No question is too small.',
    type: 'office-hours',
    inDays: 2,
    hour: 15,
    hours: 1,
    capacity: 25,
    audienceNote: 'Every maker, from first flow to desktop flows.',
    location: null,
  },
  {
    title: 'Maker community call: what we shipped this month',
    description: 'Three makers demo what they built, the CoE shares platform news and we answer your questions.',
    type: 'community-call',
    inDays: 6,
    hour: 16,
    hours: 1,
    capacity: null,
    audienceNote: null,
    location: null,
  },
  {
    title: 'Webinar: governance basics for new makers',
    description: 'Environments, DLP policies and how to request a sandbox — the rules explained in 45 minutes.',
    type: 'webinar',
    inDays: 9,
    hour: 11,
    hours: 1,
    capacity: 200,
    audienceNote: 'New makers in their first three months.',
    location: null,
  },
  {
    title: 'Copilot Studio hackathon',
    description: 'Build an agent for your team in one day, with coaches from the CoE. Lunch included.',
    type: 'hackathon',
    inDays: 20,
    hour: 9,
    hours: 8,
    capacity: 40,
    audienceNote: 'Makers who finished "Your first Power App" or have built a flow.',
    location: 'Building 4, Innovation Lab',
  },
];

/**
 * A few upcoming events so a fresh development database shows a living Events page. Never in
 * production, and only when there are no events at all: an admin's events never mix with samples.
 */
export async function seedSampleEvents(services: Services, timeZone = 'Europe/Berlin'): Promise<number> {
  if (services.config.env === 'production' || (await services.store.repos.events.countAll()) > 0) return 0;
  const now = services.clock.now();
  for (const s of SAMPLES) {
    const day = shiftLocalDays(now, s.inDays, timeZone);
    const date = formatLocalDateTime(day, timeZone).slice(0, 10);
    const pad = (n: number) => String(n).padStart(2, '0');
    const endHour = s.hour + s.hours;
    await services.events.create(SEEDER, {
      title: s.title,
      description: s.description,
      type: s.type,
      start: `${date}T${pad(s.hour)}:00`,
      end: `${date}T${pad(endHour)}:00`,
      timeZone,
      meetingUrl: s.location ? null : 'https://teams.microsoft.com/l/meetup-join/sample-maker-hub-event',
      location: s.location,
      capacity: s.capacity,
      audienceNote: s.audienceNote,
    });
  }
  return SAMPLES.length;
}
