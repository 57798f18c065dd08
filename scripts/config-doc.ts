import { readFileSync, writeFileSync } from 'node:fs';
import { envExample, settingsTable } from '../src/config/docs.js';

/** Regenerates env/.env.example and the configuration table between the README's markers. */
writeFileSync('env/.env.example', envExample());
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- settings:start -->';
const end = '<!-- settings:end -->';
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < 0) throw new Error('README.md has no settings markers');
writeFileSync('README.md', `${readme.slice(0, from + start.length)}\n${settingsTable()}\n${readme.slice(to)}`);
console.log('env/.env.example and README configuration table updated');
