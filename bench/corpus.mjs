// Deterministic generator of SocialPlan documents for the benchmark (seeded PRNG, no dependency).
//
// The corpus is a set of plan folders of 10 documents each: one plan.md, one charter.md, the step
// documents of the plan's method and, when the method has fewer than 8 steps, annexes. Every
// document has about 40 lines of frontmatter (objectives, resources, budget lines, platforms…)
// and a body of about 110 lines (headings, paragraphs, lists, a table, a quote). 20% of the
// documents are broken on purpose, in the ways listed in MUTATIONS.
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_VERSION = 6; // bump when the generator changes, so a stale corpus is rebuilt

/** mulberry32: tiny, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const CLIENTS = [
  'South Shore Bakery',
  'Millrace Arts Center',
  'Northwind Outfitters',
  'Atelier Brume',
  'Harbor Dental Group',
  'Cedar Lane Books',
  'Quartier Vélo',
  'Blue Heron Brewing',
  'Maison Laurier',
  'Summit Physio',
  'Greenleaf Co-op',
  'Pixel Forge Studio',
];
const AGENCIES = ['Fieldnote Digital', 'Studio Marée', 'Brightline Social', 'Agence Boréale', 'Copper & Kite'];
const PEOPLE = [
  ['marie', 'Marie Tremblay'],
  ['dana', 'Dana Okafor'],
  ['marcus', 'Marcus Reyes'],
  ['priya', 'Priya Natarajan'],
  ['lena', 'Lena Kowalski'],
  ['theo', 'Théo Gagnon'],
  ['amira', 'Amira Haddad'],
  ['jonas', 'Jonas Berg'],
  ['sofia', 'Sofia Rossi'],
  ['kenji', 'Kenji Mori'],
];
const ROLES = [
  'community-manager',
  'champion',
  'content-creator',
  'designer',
  'spokesperson',
  'analyst',
  'legal-reviewer',
  'agency',
  'other',
];
const GOALS = [
  'awareness',
  'traffic',
  'store-visits',
  'lead-capture',
  'sales',
  'brand-image',
  'loyalty',
  'engagement',
  'recruitment',
  'customer-service',
];
/** A metric each goal can actually show (so the vanity-metric rule has nothing to say on valid documents). */
const METRIC_FOR_GOAL = {
  awareness: ['reach', 'branded search volume'],
  traffic: ['website-clicks', 'sessions from social'],
  'store-visits': ['store-visits', 'coupon redemptions'],
  'lead-capture': ['leads', 'newsletter sign-ups'],
  sales: ['orders attributed to social', 'revenue from social'],
  'brand-image': ['share of positive mentions', 'review rating'],
  loyalty: ['repeat orders', 'member renewals'],
  engagement: ['comments and shares per post', 'replies'],
  recruitment: ['applications', 'qualified candidates'],
  'customer-service': ['replies within 24 h', 'resolved requests'],
};
const UNITS = ['people', 'clicks', 'leads', 'visits', 'sessions per month', '%', 'orders', 'applications'];
const SOURCES = [
  'Meta Business Suite',
  'Google Analytics 4',
  'CRM export',
  'Point of sale',
  'LinkedIn Campaign Manager',
  'Brandwatch',
  'Shopify reports',
];
const CATEGORIES = ['staff', 'ads', 'content', 'tools', 'agency', 'training', 'events', 'other'];
const PLATFORMS = [
  ['instagram', 'Instagram'],
  ['facebook', 'Facebook'],
  ['linkedin', 'LinkedIn'],
  ['tiktok', 'TikTok'],
  ['youtube', 'YouTube'],
  ['pinterest', 'Pinterest'],
  ['blog', 'Company blog'],
  ['newsletter', 'Newsletter'],
];
const CURRENCIES = ['CAD', 'EUR', 'USD', 'CHF'];
const JURISDICTIONS = ['CA-QC', 'FR', 'US-MA', 'BE', 'CH', 'CA-ON', 'US'];

const METHODS = {
  'six-phases': [
    ['listen', 'Listening and monitoring'],
    ['profiles', 'Profiles and brand'],
    ['content', 'Content creation'],
    ['distribution', 'Distribution and promotion'],
    ['community', 'Community building'],
    ['measure', 'Measure, analyse, adjust'],
  ],
  'five-steps': [
    ['listen', 'Listen'],
    ['story', 'Tell a story'],
    ['measure', 'Measure'],
    ['platforms', 'Choose platforms'],
    ['organize', 'Organize'],
  ],
  custom: [
    ['audit', 'Audit'],
    ['persona', 'Personas'],
    ['positioning', 'Positioning'],
    ['objectives', 'Objectives'],
    ['editorial-line', 'Editorial line'],
    ['calendar', 'Publishing calendar'],
    ['moderation', 'Moderation'],
    ['reporting', 'Reporting'],
  ],
};

const WORDS = (
  'audience brand community content calendar campaign engagement reach story video photo post reply comment share ' +
  'listening monitoring mention review competitor tone voice offer website visit conversion lead newsletter customer ' +
  'season launch product event partner creator budget team schedule weekly monthly quarter target baseline growth ' +
  'trust signal search loyalty analytics dashboard report insight feedback question answer moderation guideline ' +
  'local regional family weekend evening morning clear simple useful honest warm practical visible measurable'
).split(' ');

// ---------------------------------------------------------------------------------------------
// Frontmatter blocks (arrays of lines, indented as they appear at the top level)

/**
 * Platforms list the objectives they serve, but objectives are declared across the plan's
 * documents: each platform gets a placeholder, filled once the whole plan is generated so that
 * every platform serves an objective and every objective is served (platform-objective).
 */
function placeholder(ctx) {
  const token = `__OBJECTIVES_${ctx.placeholders}__`;
  ctx.placeholders++;
  return token;
}

function fillPlaceholders(frontmatters, ctx) {
  const slots = ctx.placeholders;
  const lists = Array.from({ length: slots }, () => []);
  const objectives = ctx.objectiveIds.length > 0 ? ctx.objectiveIds : [];
  for (let i = 0; i < Math.max(slots, objectives.length) && objectives.length > 0 && slots > 0; i++) {
    const list = lists[i % slots];
    const id = objectives[i % objectives.length];
    if (!list.includes(id)) list.push(id);
  }
  return frontmatters.map((lines) =>
    lines.map((line) => line.replace(/__OBJECTIVES_(\d+)__/, (_, n) => lists[Number(n)].join(', '))),
  );
}

function newContext(fields) {
  return {
    resourceIds: [],
    objectiveIds: [],
    platformIds: [],
    doc: 0,
    placeholders: 0,
    doneSteps: 0,
    stepCount: 0,
    skipLast: false,
    ...fields,
  };
}

const q = (value) => JSON.stringify(value);
const yamlScalar = (value) => (/^[%@`!&*?|>#-]/.test(value) ? q(value) : value);
const date = (year, month, day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function objectivesBlock(r, ctx, count) {
  const lines = ['objectives:'];
  for (let i = 0; i < count; i++) {
    const goal = r.pick(GOALS);
    const id = `${goal}-${ctx.doc}-${i + 1}`;
    ctx.objectiveIds.push(id);
    const baseline = r.int(1, 80) * 100;
    lines.push(
      `  - id: ${id}`,
      `    goal: ${goal}`,
      `    statement: ${sentence(r, 8, 14)}`,
      '    kpi:',
      `      metric: ${r.pick(METRIC_FOR_GOAL[goal])}`,
      `      baseline: ${baseline}`,
      `      target: ${baseline + r.int(5, 60) * 100}`,
      `      unit: ${yamlScalar(r.pick(UNITS))}`,
      `      source: ${r.pick(SOURCES)}`,
      `    deadline: "${date(ctx.year, r.int(2, 12), r.int(1, 28))}"`,
      `    owner: ${r.pick(ctx.resourceIds)}`,
    );
  }
  return lines;
}

function resourcesBlock(r, ctx, people) {
  const lines = ['resources:'];
  people.forEach(([id, name], index) => {
    ctx.resourceIds.push(id);
    lines.push(
      `  - id: ${id}`,
      `    name: ${name}`,
      `    role: ${index === 0 ? 'community-manager' : r.pick(ROLES)}`,
      `    internal: ${index === 0 ? true : r.chance(0.6)}`,
      `    dedicated: ${index === 0}`,
      `    hours_per_week: ${r.int(2, 35)}`,
    );
    if (r.chance(0.5)) lines.push(`    cost: { amount: ${r.int(10, 60) * 1000}, per: year }`);
  });
  return lines;
}

function budgetBlock(r, ctx, count) {
  const amounts = Array.from({ length: count }, () => r.int(20, 120) * 100);
  const lines = [
    'budget:',
    `  currency: ${ctx.currency}`,
    '  period: year',
    `  total: ${amounts.reduce((a, b) => a + b, 0)}`,
    '  lines:',
  ];
  amounts.forEach((amount) => {
    const category = r.pick(CATEGORIES);
    lines.push(
      `    - label: ${capitalize(category)} — ${words(r, 3, 6)}`,
      `      category: ${category}`,
      `      amount: ${amount}`,
    );
    if (category === 'ads' && ctx.platformIds.length > 0) lines.push(`      platform: ${r.pick(ctx.platformIds)}`);
    else if (category === 'staff') lines.push(`      resource: ${r.pick(ctx.resourceIds)}`);
  });
  return lines;
}

function platformsBlock(r, ctx, count) {
  const lines = ['platforms:'];
  for (const [id, name] of r.shuffle(PLATFORMS).slice(0, count)) {
    const pid = `${id}-${ctx.doc}`;
    ctx.platformIds.push(pid);
    lines.push(
      `  - id: ${pid}`,
      `    name: ${name}`,
      `    handle: "@${ctx.slug}_${id}"`,
      '    secured: true',
      `    objectives: [${placeholder(ctx)}]`,
      `    frequency: { posts: ${r.int(1, 7)}, per: ${r.pick(['day', 'week', 'month'])} }`,
      `    audience: ${words(r, 4, 8)}`,
    );
  }
  return lines;
}

function legalBlock(r, ctx) {
  return [
    'legal:',
    `  jurisdictions: [${r.shuffle(JURISDICTIONS).slice(0, 2).join(', ')}]`,
    `  intellectual_property: ${sentence(r, 8, 14)}`,
    `  defamation: ${sentence(r, 8, 14)}`,
    '  privacy:',
    '    regulations: [GDPR, Quebec Law 25]',
    `    policy: ${sentence(r, 6, 10)}`,
    `  advertising_disclosure: ${q(`${sentence(r, 6, 10)} #ad`)}`,
    `  confidentiality: ${sentence(r, 6, 10)}`,
    '  moderation:',
    `    response_time_hours: ${r.pick([4, 12, 24, 48])}`,
    '    remove: [insults, personal data, spam]',
    `    escalate_to: ${ctx.resourceIds[0]}`,
    `  spokespersons: [${ctx.resourceIds.slice(0, 2).join(', ')}]`,
  ];
}

/** Adds blocks until the frontmatter reaches about `size` lines. */
function fill(lines, size, makers) {
  for (const make of makers) {
    if (lines.length >= size) break;
    lines.push(...make());
  }
  return lines;
}

function planFrontmatter(r, ctx, method) {
  const lines = [
    'socialplan: plan',
    `title: ${ctx.client} — Social Media Plan ${ctx.year}`,
    `client: ${ctx.client}`,
    `agency: ${r.pick(AGENCIES)}`,
    'period:',
    `  start: "${date(ctx.year, 1, 1)}"`,
    `  end: "${date(ctx.year, 12, 31)}"`,
    `locale: ${r.pick(['en', 'fr'])}`,
  ];
  if (method === 'custom') {
    lines.push('method:', '  steps:');
    METHODS.custom.forEach(([id, title], index) =>
      lines.push(
        `    - { id: ${id}, title: ${title}${index > 0 ? `, requires: [${METHODS.custom[index - 1][0]}]` : ''} }`,
      ),
    );
  } else lines.push(`method: ${method}`);
  const status = r.pick(['draft', 'review', 'approved']);
  lines.push(`currency: ${ctx.currency}`, `status: ${status}`, `version: "1.${r.int(0, 9)}"`, 'charter: charter.md');
  if (status === 'approved')
    lines.push(
      'approvals:',
      `  - name: ${r.pick(PEOPLE)[1]}`,
      '    role: Director',
      `    date: "${date(ctx.year - 1, 12, r.int(1, 20))}"`,
    );
  lines.push(
    'website:',
    `  url: https://${ctx.slug}.example`,
    `  bounce_rate: ${r.int(20, 80)}`,
    `  analytics: ${r.chance(0.8)}`,
    `  calls_to_action: ${r.chance(0.7)}`,
  );
  lines.push(...resourcesBlock(r, ctx, r.shuffle(PEOPLE).slice(0, 3)));
  return fill(lines, 38, [() => budgetBlock(r, ctx, 2), () => objectivesBlock(r, ctx, 1)]);
}

function stepFrontmatter(r, ctx, [step, title], index) {
  // Steps are done in order (step-order), then one in progress, then to do; an optional last step may be skipped.
  const status =
    index < ctx.doneSteps
      ? 'done'
      : index === ctx.doneSteps
        ? 'in-progress'
        : index === ctx.stepCount - 1 && ctx.skipLast
          ? 'skipped'
          : 'todo';
  const lines = ['socialplan: step', `step: ${step}`, `title: ${title}`, `status: ${status}`];
  if (status === 'skipped') lines.push(`skip_reason: ${sentence(r, 6, 12)}`);
  lines.push(`owner: ${r.pick(ctx.resourceIds)}`, `due: "${date(ctx.year, Math.min(12, 1 + index), r.int(1, 28))}"`);
  const makers = r.shuffle([
    () => objectivesBlock(r, ctx, 2),
    () => platformsBlock(r, ctx, 2),
    () => budgetBlock(r, ctx, 3),
  ]);
  return fill(lines, 36, makers);
}

function charterFrontmatter(r, ctx) {
  const lines = [
    'socialplan: charter',
    `title: ${ctx.client} — Social Media Charter`,
    `locale: ${r.pick(['en', 'fr'])}`,
    `version: "2.${r.int(0, 9)}"`,
    `status: ${r.pick(['draft', 'approved'])}`,
  ];
  lines.push(
    'approvals:',
    `  - name: ${r.pick(PEOPLE)[1]}`,
    '    role: Legal counsel',
    `    date: "${date(ctx.year - 1, 11, r.int(1, 28))}"`,
  );
  lines.push(...legalBlock(r, ctx));
  return fill(lines, 36, [
    () => resourcesBlock(r, ctx, [[`legal-${ctx.doc}`, 'Hollis & Grant LLP']]),
    () => platformsBlock(r, ctx, 1),
  ]);
}

function annexFrontmatter(r, ctx, order) {
  const lines = ['socialplan: annex', `title: ${capitalize(words(r, 2, 4))}`, `order: ${order}`];
  return fill(
    lines,
    36,
    r.shuffle([() => objectivesBlock(r, ctx, 2), () => platformsBlock(r, ctx, 2), () => budgetBlock(r, ctx, 2)]),
  );
}

// ---------------------------------------------------------------------------------------------
// Invalid documents: one mutation (sometimes two) applied to the frontmatter lines.

const replaceFirst = (lines, pattern, replace) => {
  const index = lines.findIndex((line) => pattern.test(line));
  if (index === -1) return false;
  lines[index] = lines[index].replace(pattern, replace);
  return true;
};
const removeFirst = (lines, pattern) => {
  const index = lines.findIndex((line) => pattern.test(line));
  if (index === -1) return false;
  lines.splice(index, 1);
  return true;
};
const tryAll = (lines, attempts) => attempts.some((attempt) => attempt(lines));

export const MUTATIONS = {
  'wrong-type': (lines, r) =>
    tryAll(
      lines,
      r.shuffle([
        (l) => replaceFirst(l, /(baseline: )\d+/, '$1about a thousand'),
        (l) => replaceFirst(l, /(hours_per_week: )\d+/, '$1fifteen'),
        (l) => replaceFirst(l, /(amount: )(\d+)$/, '$1"$2 dollars"'),
        (l) => replaceFirst(l, /(secured: )(true|false)/, '$1"yes"'),
        (l) => replaceFirst(l, /(posts: )\d+/, '$1[3]'),
        (l) => replaceFirst(l, /^(title: ).*/, '$142'),
      ]),
    ),
  'bad-enum': (lines, r) =>
    tryAll(
      lines,
      r.shuffle([
        (l) => replaceFirst(l, /(goal: )[a-z-]+/, '$1virality'),
        (l) => replaceFirst(l, /(category: )[a-z]+/, '$1snacks'),
        (l) => replaceFirst(l, /(role: )[a-z-]+/, '$1intern'),
        (l) => replaceFirst(l, /^(status: )[a-z-]+/, '$1finished'),
        (l) => replaceFirst(l, /(per: )(day|week|month)/, '$1fortnight'),
        (l) => replaceFirst(l, /^(method: )[a-z-]+$/, '$1seven-steps'),
      ]),
    ),
  'impossible-date': (lines, r) =>
    tryAll(
      lines,
      r.shuffle([
        (l) => replaceFirst(l, /(deadline: )"(\d{4})-\d\d-\d\d"/, '$1"$2-02-30"'),
        (l) => replaceFirst(l, /^(due: )"(\d{4})-\d\d-\d\d"/, '$1"$2-13-05"'),
        (l) => replaceFirst(l, /(end: )"(\d{4})-\d\d-\d\d"/, '$1"$2-06-31"'),
        (l) => replaceFirst(l, /(date: )"(\d{4})-\d\d-\d\d"/, '$1"$2-00-12"'),
      ]),
    ),
  'unknown-key': (lines, r) =>
    tryAll(
      lines,
      r.shuffle([
        (l) => replaceFirst(l, /^budget:/, 'budjet:'),
        (l) => replaceFirst(l, /^(\s+)statement:/, '$1statment:'),
        (l) => replaceFirst(l, /^(\s+)frequency:/, '$1frequence:'),
        (l) => replaceFirst(l, /^(\s+)target:/, '$1tagret:'),
        (l) => {
          l.push('internal_notes: check with the client before launch');
          return true;
        },
      ]),
    ),
  'missing-required': (lines, r) =>
    tryAll(
      lines,
      r.shuffle([
        (l) => l[0] === 'socialplan: plan' && removeFirst(l, /^title: /),
        (l) => removeFirst(l, /^step: /),
        (l) => removeFirst(l, /^\s+goal: /),
        (l) => removeFirst(l, /^\s+name: [A-Z]/),
        (l) => removeFirst(l, /^\s+category: /),
        (l) => removeFirst(l, /^\s+currency: /),
      ]),
    ),
  'yaml-syntax': (lines, r) =>
    tryAll(
      lines,
      r.shuffle([
        (l) => replaceFirst(l, /^(title: )(.*)$/, '$1"$2'), // unclosed quote
        (l) => replaceFirst(l, /^(\s+objectives: )\[(.*)\]$/, '$1[$2'), // unclosed flow sequence
        (l) => replaceFirst(l, /^( {2})(- id: )/, '$1 $2'), // item indented by one more space
        (l) => replaceFirst(l, /^(\s+)(metric: )/, '\t$2'), // tab indentation
        // duplicate key
        (l) => {
          l.splice(2, 0, l[1]);
          return true;
        },
        (l) => replaceFirst(l, /^(\s+source: )(.*)$/, '$1$2: details'), // nested mapping in a plain scalar
      ]),
    ),
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

// ---------------------------------------------------------------------------------------------
// Bodies

function words(r, min, max) {
  return Array.from({ length: r.int(min, max) }, () => r.pick(WORDS)).join(' ');
}
function sentence(r, min, max) {
  return `${capitalize(words(r, min, max))}.`;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function paragraph(r, lineCount) {
  return Array.from({ length: lineCount }, () => `${sentence(r, 6, 9)} ${sentence(r, 5, 8)}`);
}

/** A Markdown body of `target` lines, give or take a few. */
export function body(r, title, target) {
  const lines = [`# ${title}`, '', ...paragraph(r, r.int(3, 5)), ''];
  const sections = [
    () => [`## ${capitalize(words(r, 2, 4))}`, '', ...paragraph(r, r.int(2, 5)), ''],
    () => [
      `## ${capitalize(words(r, 2, 4))}`,
      '',
      ...Array.from({ length: r.int(4, 7) }, () => `- **${capitalize(r.pick(WORDS))}**: ${words(r, 6, 12)}.`),
      '',
    ],
    () => {
      const rows = Array.from(
        { length: r.int(4, 8) },
        () =>
          `| ${capitalize(r.pick(WORDS))} | ${r.int(1, 60)}% | ${r.pick(['positive', 'mixed', 'negative', 'neutral'])} | ${words(r, 4, 8)} |`,
      );
      return [
        `## ${capitalize(words(r, 2, 3))}`,
        '',
        '| Theme | Share | Tone | Typical remark |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
      ];
    },
    () => [
      `### ${capitalize(words(r, 2, 4))}`,
      '',
      ...Array.from({ length: r.int(3, 6) }, (_, i) => `${i + 1}. ${sentence(r, 5, 11)}`),
      '',
    ],
    () => [`> ${sentence(r, 8, 14)}`, `> ${sentence(r, 6, 10)}`, ''],
  ];
  let index = 0;
  while (lines.length < target - 2) {
    lines.push(...(index < 3 ? sections[index]() : r.pick(sections)()));
    index++;
  }
  lines.length = Math.min(lines.length, target);
  return lines;
}

function documentText(frontmatter, bodyLines) {
  return `${['---', ...frontmatter, '---', '', ...bodyLines].join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The corpus

/**
 * Writes `plans` plan folders of 10 documents under `dir`. Returns a manifest:
 * { documents, invalid, byMutation, lines }.
 */
function layoutFor(method) {
  const steps = METHODS[method];
  const files = ['plan.md', 'charter.md', ...steps.map(([id], i) => `${String(i + 1).padStart(2, '0')}-${id}.md`)];
  for (let a = 1; files.length < 10; a++) files.push(`annex-${a}.md`);
  return { method, steps, files };
}

/** The frontmatter (lines, placeholders not yet filled) and body title of each document of a plan. */
function planDocuments(r, ctx, layout) {
  ctx.stepCount = layout.steps.length;
  ctx.doneSteps = r.int(0, layout.steps.length - 1);
  ctx.skipLast = ctx.doneSteps < layout.steps.length - 2 && r.chance(0.3);
  return layout.files.map((file, f) => {
    ctx.doc = f + 1;
    if (file === 'plan.md')
      return { file, frontmatter: planFrontmatter(r, ctx, layout.method), title: `${ctx.client} — social media plan` };
    if (file === 'charter.md')
      return { file, frontmatter: charterFrontmatter(r, ctx), title: `${ctx.client} — charter` };
    if (file.startsWith('annex-')) return { file, frontmatter: annexFrontmatter(r, ctx, f), title: 'Annex' };
    const stepIndex = Number(file.slice(0, 2)) - 1;
    return {
      file,
      frontmatter: stepFrontmatter(r, ctx, layout.steps[stepIndex], stepIndex),
      title: layout.steps[stepIndex][1],
    };
  });
}

/**
 * Writes `plans` plan folders of 10 documents under `dir`. Returns a manifest:
 * { documents, invalid, invalidFiles: { 'plan-001/x.md': [mutations] }, byMutation, lines, plans }.
 */
export function generateCorpus(dir, { plans = 100, seed = 20270101, invalidShare = 0.2, bodyLines = 110 } = {}) {
  const r = prng(seed);
  const methodNames = ['six-phases', 'five-steps', 'custom'];
  const layouts = Array.from({ length: plans }, (_, p) => layoutFor(methodNames[p % methodNames.length]));
  const total = layouts.reduce((sum, layout) => sum + layout.files.length, 0);
  const invalid = new Set(r.shuffle([...Array(total).keys()]).slice(0, Math.round(total * invalidShare)));
  rmSync(dir, { recursive: true, force: true });
  const manifest = {
    documents: 0,
    invalid: 0,
    invalidFiles: {},
    byMutation: Object.fromEntries(MUTATION_NAMES.map((name) => [name, 0])),
    lines: 0,
    plans,
  };
  const frontmatterLines = [];
  let n = 0;
  let invalidIndex = 0;
  layouts.forEach((layout, p) => {
    const client = CLIENTS[p % CLIENTS.length];
    const folderName = `plan-${String(p + 1).padStart(3, '0')}`;
    const folder = join(dir, folderName);
    mkdirSync(folder, { recursive: true });
    const ctx = newContext({
      client,
      slug: `${client.toLowerCase().replace(/[^a-z]+/g, '')}${p}`,
      year: 2027 + (p % 3),
      currency: CURRENCIES[p % CURRENCIES.length],
    });
    const documents = planDocuments(r, ctx, layout);
    for (const document of documents) {
      if (invalid.has(n++)) {
        const name = MUTATION_NAMES[invalidIndex++ % MUTATION_NAMES.length];
        const applied = [
          MUTATIONS[name](document.frontmatter, r) ? name : fallBackToUnknownKey(document.frontmatter, r),
        ];
        manifest.byMutation[applied[0]]++;
        if (name !== 'yaml-syntax' && r.chance(0.25)) {
          const second = r.pick(MUTATION_NAMES.filter((m) => m !== 'yaml-syntax'));
          if (MUTATIONS[second](document.frontmatter, r)) applied.push(second);
        }
        manifest.invalidFiles[`${folderName}/${document.file}`] = applied;
        manifest.invalid++;
      }
    }
    const filled = fillPlaceholders(
      documents.map((document) => document.frontmatter),
      ctx,
    );
    documents.forEach((document, i) => {
      const text = documentText(filled[i], body(r, document.title, bodyLines));
      manifest.lines += text.split('\n').length - 1;
      frontmatterLines.push(filled[i].length);
      writeFileSync(join(folder, document.file), text);
      manifest.documents++;
    });
  });
  frontmatterLines.sort((a, b) => a - b);
  manifest.frontmatterLines = {
    min: frontmatterLines[0],
    median: frontmatterLines[Math.floor((frontmatterLines.length - 1) / 2)],
    max: frontmatterLines.at(-1),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: CORPUS_VERSION, seed, ...manifest }, null, 2));
  return manifest;
}

/** Reuses the corpus when it was made by this version of the generator with the same seed. */
export function ensureCorpus(dir, options = {}) {
  const manifestFile = join(dir, 'manifest.json');
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (manifest.version === CORPUS_VERSION && manifest.seed === (options.seed ?? 20270101))
      return { ...manifest, reused: true };
  }
  return { ...generateCorpus(dir, options), reused: false };
}

/**
 * Two valid plan folders of 10 documents for the latency measurement. Every document has ~150
 * lines but the measured one, a step document: ~150 lines in `small/`, ~5,000 in `large/` (a long
 * body). The measured step is the one whose frontmatter is closest to `frontmatterLines` lines —
 * pass the corpus median (`manifest.frontmatterLines.median`, 44), since the issue describes a
 * typical document ("~150 lines, about 40 lines of frontmatter"). `longest` is the document of the
 * small plan with the longest frontmatter (58 lines, also the corpus maximum), measured as an extra
 * row. Returns { small, large, longest }, each { file, lines, frontmatterLines }.
 */
export function generateLatencyPlans(dir, { frontmatterLines = 44, seed = 7 } = {}) {
  const r = prng(seed);
  rmSync(dir, { recursive: true, force: true });
  const out = {};
  for (const [name, size] of [
    ['small', 150],
    ['large', 5000],
  ]) {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    const ctx = newContext({ client: 'Cedar Lane Books', slug: 'cedarlane', year: 2027, currency: 'CAD' });
    const layout = layoutFor('six-phases');
    const documents = planDocuments(r, ctx, layout);
    const filled = fillPlaceholders(
      documents.map((document) => document.frontmatter),
      ctx,
    );
    const indexes = documents.map((_, i) => i);
    const distance = (i) => Math.abs(filled[i].length - frontmatterLines);
    const typical = indexes
      .filter((i) => /^\d\d-/.test(documents[i].file))
      .reduce((best, i) => (distance(i) < distance(best) ? i : best));
    const longest = indexes.reduce((best, i) => (filled[i].length > filled[best].length ? i : best));
    documents.forEach((document, i) => {
      const text = documentText(
        filled[i],
        body(r, document.title, (i === typical ? size : 150) - filled[i].length - 3),
      );
      writeFileSync(join(folder, document.file), text);
      const described = {
        file: join(folder, document.file),
        lines: text.split('\n').length - 1,
        frontmatterLines: filled[i].length,
      };
      if (i === typical) out[name] = described;
      if (name === 'small' && i === longest) out.longest = described;
    });
  }
  return out;
}

/** A ~20-line standalone document for the start-up measurement. */
export function writeSmallDocument(file) {
  const text = [
    '---',
    'socialplan: step',
    'step: listen',
    'title: Listen',
    'status: todo',
    'due: "2027-03-01"',
    '---',
    '',
    '# Listen',
    '',
    'We audit the conversations first.',
    '',
    '- Mentions',
    '- Reviews',
    '- Competitors',
    '',
  ].join('\n');
  writeFileSync(file, text);
}

/** The mutation used when the chosen one does not apply to a document. */
function fallBackToUnknownKey(frontmatter, random) {
  MUTATIONS['unknown-key'](frontmatter, random);
  return 'unknown-key';
}
