import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet, readSet, splitSet, type MakerSet } from '../../bench/qa-makers-split.js';

// The independent maker question set of issue #13 is a yardstick: once committed it never changes.
// A label error found later is reported and fixed in a new, differently named set.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HALVES = ['tune', 'test'] as const;
const halfFile = (half: (typeof HALVES)[number]) => `bench/qa-makers-${half}.yaml`;
const corpusDir = path.resolve(process.env.CORPUS_DIR ?? path.join(root, '../shared/corpus/power-platform-docs'));

const halves = Object.fromEntries(HALVES.map((half) => [half, readSet(path.join(root, halfFile(half)))])) as Record<(typeof HALVES)[number], MakerSet>;
const union: MakerSet = {
  in_scope: HALVES.flatMap((half) => halves[half].in_scope),
  out_of_scope: HALVES.flatMap((half) => halves[half].out_of_scope),
};
const ids = (set: MakerSet) => [...set.in_scope, ...set.out_of_scope].map((question) => question.id).sort();

describe('ask: the independent maker question set is frozen', () => {
  it('when either half is read, then its sha256 is the one recorded in bench/qa-makers.sha256', () => {
    const recorded = new Map<string, string>();
    for (const line of readFileSync(path.join(root, 'bench/qa-makers.sha256'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
      assert.ok(match, `not a sha256sum line: ${line}`);
      recorded.set(match[2]!, match[1]!);
    }
    assert.deepEqual([...recorded.keys()].sort(), HALVES.map(halfFile).sort(), 'bench/qa-makers.sha256 lists exactly the two halves');
    for (const half of HALVES) {
      const actual = createHash('sha256').update(readFileSync(path.join(root, halfFile(half)))).digest('hex');
      assert.equal(actual, recorded.get(halfFile(half)), `${halfFile(half)} changed after it was frozen; the set must not be edited (report label errors, write a new set instead)`);
    }
  });

  it('when the halves are read together, then ids never repeat and every question has a known style and, in scope, expected files', () => {
    assert.deepEqual(checkSet(union), []);
  });

  it('when the halves are counted, then each keeps at least 100 in-scope and 20 out-of-scope questions', () => {
    for (const half of HALVES) {
      assert.ok(halves[half].in_scope.length >= 100, `${half}: ${halves[half].in_scope.length} in-scope questions`);
      assert.ok(halves[half].out_of_scope.length >= 20, `${half}: ${halves[half].out_of_scope.length} out-of-scope questions`);
    }
  });

  it('when the union is dealt again by the split rule, then every question lands in the half it is in', () => {
    const again = splitSet(union);
    for (const half of HALVES) assert.deepEqual(ids(again[half]), ids(halves[half]), `${half} half differs from the sha256-by-style split`);
  });

  it('when the corpus is present, then every expected file exists in it', function () {
    if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
      console.log(`      (skipped: corpus folder not found at ${corpusDir}; set CORPUS_DIR to power-platform-docs/ to check the expected paths)`);
      this.skip();
    }
    const missing = union.in_scope.flatMap((question) => (question.expect ?? []).filter((file) => !existsSync(path.join(corpusDir, file))).map((file) => `${question.id}: ${file}`));
    assert.deepEqual(missing, [], 'expected files missing from the corpus');
  });
});
