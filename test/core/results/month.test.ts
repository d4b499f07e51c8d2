import assert from 'node:assert/strict';
import { isMonth, monthReadings, monthSpan, reportDay } from '../../../src/core/results/month';
import type { Progress, Reading } from '../../../src/core/results/progress';

/** The month a monthly report covers, and what the readings say about it (docs/measuring.md). */

describe('results/month', () => {
  it('spans a month from its first to its last day, with the end of the month after', () => {
    assert.deepStrictEqual(monthSpan('2027-11'), {
      month: '2027-11',
      start: '2027-11-01',
      end: '2027-11-30',
      nextEnd: '2027-12-31',
    });
    assert.equal(monthSpan('2028-02')?.end, '2028-02-29', 'a leap year');
    assert.equal(monthSpan('2027-02')?.end, '2027-02-28');
    assert.equal(monthSpan('2027-12')?.nextEnd, '2028-01-31', 'across the year');
    assert.equal(monthSpan('2028-01')?.nextEnd, '2028-02-29');
  });

  it('refuses what is not a month', () => {
    for (const value of ['2027-13', '2027-00', '2027-1', '27-11', '2027-11-01', '', 'november'])
      assert.equal(isMonth(value), false, value);
    assert.equal(monthSpan('2027-13'), undefined);
  });

  it('judges a past month on its last day, and the running month on today', () => {
    const span = monthSpan('2027-11')!;
    assert.equal(reportDay(span, '2027-12-06'), '2027-11-30');
    assert.equal(reportDay(span, '2027-11-12'), '2027-11-12');
  });

  it('takes the latest reading of the month, and the change from the reading before it or from the baseline', () => {
    const span = monthSpan('2027-11')!;
    const reading = (date: string, value: number) => ({ date, value }) as Reading;
    const objective = (id: string, readings: Reading[]) =>
      ({ id, baseline: 100, target: 200, start: '2027-07-01', readings }) as unknown as Progress;
    const measured = monthReadings(
      [
        objective('monthly', [reading('2027-10-31', 130), reading('2027-11-15', 140), reading('2027-11-30', 150)]),
        objective('first', [reading('2027-11-30', 90)]),
        objective('not-this-month', [reading('2027-10-31', 130), reading('2027-12-31', 170)]),
      ],
      span,
    );
    assert.deepStrictEqual(
      measured.map(({ progress, latest, previous, change }) => [progress.id, latest.value, previous?.value, change]),
      [
        ['monthly', 150, 130, 20],
        ['first', 90, undefined, -10],
      ],
    );
  });
});
