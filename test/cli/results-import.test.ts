import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertExit, socialplan } from '../support/cli';

/**
 * `socialplan results import` as a user runs it: the bundle spawned on a copy of examples/en, with
 * the analytics exports of test/fixtures/results-import; what it writes is read back by the linter
 * and the monthly report, and what it refuses leaves every file as it was.
 */

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'results-import');

describe('socialplan results import', function () {
  this.timeout(60_000);
  let work: string;
  let plan: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'socialplan-import-'));
    plan = join(work, 'plan');
    cpSync(join(ROOT, 'examples', 'en'), plan, { recursive: true });
    cpSync(FIXTURES, join(work, 'exports'), { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const importing = (...args: string[]) => socialplan(work, ['results', 'import', ...args]);
  const read = (file: string) => readFileSync(join(plan, file), 'utf8');

  it('creates a results document from a GA4 export, summed per month, which the report then shows', () => {
    const run = importing(
      'exports/ga4-sessions-daily.csv',
      '--objective',
      'web-traffic',
      '--into',
      'plan/results-2027-12.md',
      '--per',
      'month',
      '--aggregate',
      'sum',
      '--source',
      'GA4',
    );
    assertExit(run, 0);
    assert.equal(run.stdout, 'Added 1 result of web-traffic to plan/results-2027-12.md (rows 11–41).\n');
    assert.equal(
      read('results-2027-12.md'),
      '---\nsocialplan: results\ntitle: "Results, December 2027"\nresults:\n' +
        '  - { objective: web-traffic, date: "2027-12-31", value: 6045, period: { start: "2027-12-01" }, source: GA4 }\n---\n',
    );
    const report = socialplan(work, ['report', 'plan', '--month', '2027-12', '--today', '2028-01-05', '-o', '-']);
    assertExit(report, 0);
    assert.match(report.stdout, /6,045/, 'the imported value is in the December report');

    const again = importing(
      'exports/ga4-sessions-daily.csv',
      '--objective',
      'web-traffic',
      '--into',
      'plan/results-2027-12.md',
      '--per',
      'month',
      '--aggregate',
      'sum',
    );
    assertExit(again, 0);
    assert.equal(again.stdout, 'Nothing to add to plan/results-2027-12.md: the plan already has all 1 value.\n');
  });

  it('adds to an existing document in its style, and changes nothing else in it', () => {
    const before = read('results-2027-11.md');
    const run = importing(
      'exports/meta-reach.csv',
      '--objective',
      'season-awareness',
      '--value-column',
      'Instagram reach',
      '--into',
      'plan/results-2027-11.md',
    );
    assertExit(run, 0);
    assert.equal(run.stdout, 'Added 3 results of season-awareness to plan/results-2027-11.md (rows 2–4).\n');
    const last =
      '  - { objective: member-retention, date: "2027-11-30", value: 66.5, note: Renewals of the fall quarter }\n';
    assert.equal(
      read('results-2027-11.md'),
      before.replace(
        last,
        `${last}  - { objective: season-awareness, date: "2027-12-07", value: 3500 }\n` +
          '  - { objective: season-awareness, date: "2027-12-14", value: 3720 }\n' +
          '  - { objective: season-awareness, date: "2027-12-21", value: 4115 }\n',
      ),
    );
    const lint = socialplan(work, ['lint', 'plan', '--today', '2027-12-22', '--format', 'json']);
    const findings = JSON.parse(lint.stdout) as { file: string; severity: string }[];
    assert.deepEqual(
      findings.filter((finding) => finding.file.endsWith('results-2027-11.md')),
      [],
      lint.stdout,
    );
  });

  it('reads a French export into a % KPI and speaks French when asked', () => {
    const file = join(plan, 'results-2027-10.md');
    const bytes = `\uFEFF${readFileSync(file, 'utf8').replaceAll('\n', '\r\n')}`;
    writeFileSync(file, bytes);
    const run = importing(
      'exports/fidelisation-fr.csv',
      '--objective',
      'member-retention',
      '--into',
      'plan/results-2027-10.md',
      '--locale',
      'fr',
    );
    assertExit(run, 0);
    assert.equal(
      run.stdout,
      '2 résultats de member-retention ajoutés à plan/results-2027-10.md (lignes 2–4) ; 1 déjà présent.\n',
    );
    const after = readFileSync(file, 'utf8');
    assert.ok(after.startsWith('\uFEFF---\r\n'), 'the byte order mark stays');
    assert.equal(after.replaceAll('\r\n', '').includes('\n'), false, 'only CRLF line breaks');
    assert.match(after, /- \{ objective: member-retention, date: "2027-10-31", value: 64\.5 \}\r\n/);
    assert.match(after, /- \{ objective: member-retention, date: "2027-12-31", value: 67\.25 \}\r\n/);
  });

  it('refuses the whole file when a row cannot be read, unless told to skip them', () => {
    const before = read('results-2027-11.md');
    const run = importing('exports/broken-rows.csv', '--objective', 'web-traffic', '--into', 'plan/results-2027-11.md');
    assertExit(run, 1);
    assert.equal(
      run.stderr,
      [
        'exports/broken-rows.csv: row 3: no value',
        'exports/broken-rows.csv: row 4: cannot read "2027-02-30" as a date (2027-03-31, 20270331, 31/03/2027 or 03/31/2027)',
        'exports/broken-rows.csv: row 5: cannot read "1.5k" as a number with "." as the decimal mark (use --decimal , if the file writes decimals with ",")',
        'exports/broken-rows.csv: row 6: 2027-12-01 is already read on row 2: one value per date',
        'exports/broken-rows.csv: row 7: a quoted cell is not closed (a " is missing)',
        'socialplan: nothing was imported: 5 rows cannot be imported (above). Fix them in the file, or import the others with --skip-invalid.',
        '',
      ].join('\n'),
    );
    assert.equal(run.stdout, '');
    assert.equal(read('results-2027-11.md'), before);

    const skipping = importing(
      'exports/broken-rows.csv',
      '--objective',
      'web-traffic',
      '--into',
      'plan/results-2027-11.md',
      '--skip-invalid',
    );
    assertExit(skipping, 0);
    assert.equal(skipping.stdout, 'Added 1 result of web-traffic to plan/results-2027-11.md (row 2).\n');
    assert.match(skipping.stderr, /socialplan: skipped 5 rows that cannot be imported \(above, --skip-invalid\)\.\n$/);
    assert.match(read('results-2027-11.md'), /- \{ objective: web-traffic, date: "2027-12-01", value: 180 \}\n---\n/);
  });

  it('never overwrites a reading the plan already has', () => {
    const csv = join(work, 'november.csv');
    writeFileSync(csv, 'Date,Sessions\n2027-11-30,5800\n2027-12-31,6100\n');
    const before = read('results-2027-11.md');
    const run = importing('november.csv', '--objective', 'web-traffic', '--into', 'plan/results-2027-11.md');
    assertExit(run, 1);
    assert.match(
      run.stderr,
      /^november\.csv: row 2: the plan already has 5700 for `web-traffic` on 2027-11-30 \(results-2027-11\.md:7\), not 5800: a reading is never overwritten; correct it there if it was wrong\n/,
    );
    assert.equal(read('results-2027-11.md'), before);
  });

  it('shows what it would add with --dry-run, and writes nothing', () => {
    const run = importing(
      'exports/meta-reach.csv',
      '--objective',
      'season-awareness',
      '--value-column',
      '2',
      '--into',
      'plan/results-2027-12.md',
      '--dry-run',
    );
    assertExit(run, 0);
    assert.equal(
      run.stdout,
      'Would add 3 results to plan/results-2027-12.md (--dry-run, nothing written):\n  2027-12-07: 1204\n  2027-12-14: 1310\n  2027-12-21: 1450\n',
    );
    assert.equal(existsSync(join(plan, 'results-2027-12.md')), false);
  });

  it('says what is wrong with the command, exit 2, and writes nothing', () => {
    const cases: [string[], RegExp][] = [
      [['exports/meta-reach.csv', '--into', 'plan/r.md'], /needs --objective <id>/],
      [['exports/meta-reach.csv', '--objective', 'web-traffic'], /needs --into <file>/],
      [['--objective', 'web-traffic', '--into', 'plan/r.md'], /needs the CSV file to read/],
      [['missing.csv', '--objective', 'web-traffic', '--into', 'plan/r.md'], /no such file: missing\.csv/],
      [
        ['exports/ga4-sessions-daily.csv', '--objective', 'web-trafic', '--into', 'plan/r.md'],
        /the plan has no objective `web-trafic` \(its objectives: .*`web-traffic`.*\)\. Did you mean `web-traffic`\?/,
      ],
      [
        ['exports/ga4-sessions-daily.csv', '--objective', 'web-traffic', '--into', 'plan/charter.md'],
        /it is a `charter` document/,
      ],
      [
        ['exports/ga4-sessions-daily.csv', '--objective', 'web-traffic', '--into', 'elsewhere/r.md'],
        /would belong to no plan/,
      ],
      [
        ['exports/ga4-sessions-daily.csv', '--objective', 'web-traffic', '--into', 'plan'],
        /--into must name a results document, not a folder/,
      ],
      [
        ['exports/ga4-sessions-daily.csv', '--objective', 'web-traffic', '--into', 'plan/r.md', '--aggregate', 'sum'],
        /--aggregate goes with --per week or --per month/,
      ],
      [
        ['exports/ga4-sessions-daily.csv', '--objective', 'web-traffic', '--into', 'plan/r.md', '--per', 'day'],
        /--per must be row, week, month, not "day"/,
      ],
      [
        ['exports/ga4-sessions-daily.csv', '--objective', 'web-traffic', '--into', 'plan/r.md', '--decimal', ';'],
        /--decimal must be \., ,/,
      ],
      [
        ['exports/meta-reach.csv', '--objective', 'season-awareness', '--into', 'plan/r.md'],
        /say which holds the values with --value-column/,
      ],
    ];
    for (const [args, expected] of cases) {
      const run = importing(...args);
      assertExit(run, 2);
      assert.match(run.stderr, expected, args.join(' '));
    }
    writeFileSync(join(work, 'sheet.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
    assert.match(
      importing('sheet.csv', '--objective', 'web-traffic', '--into', 'plan/r.md').stderr,
      /holds binary data \(a spreadsheet saved as \.xlsx\? Save it as CSV\)/,
    );
    assert.match(socialplan(work, ['results']).stderr, /results needs a subcommand: results import <file\.csv>/);
    assert.match(socialplan(work, ['results', 'export']).stderr, /unknown results subcommand "export"/);
    assert.equal(existsSync(join(plan, 'r.md')), false);
  });

  it('has its help', () => {
    const run = socialplan(work, ['results', 'import', '--help']);
    assertExit(run, 0);
    assert.match(
      run.stdout,
      /^Usage: socialplan results import <file\.csv> --objective <id> --into <results\.md> \[options\]/,
    );
    assert.match(socialplan(work, ['--help']).stdout, /socialplan results import <file\.csv>/);
  });
});
