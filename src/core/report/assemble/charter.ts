import { isRecord } from '../../util/guards';
import type { DataPath } from '../../document/yaml-location';
import { enumLabel, withinHours } from '../../i18n/labels';
import { inPlanOrder, type Site } from '../../workspace/plan-index';
import { text } from '../format';
import type { Charter, LegalItem } from '../model';
import { SECTION_IDS } from '../sections';
import { body, type Context } from './context';
import type { SocialDocument } from '../../document/document';
import { addMonths } from '../../util/dates';
import { approvalRole } from './approvals';

export function assembleCharter(context: Context): Charter {
  const document = context.plan.charterLink?.document ?? context.documentsOf('charter')[0];
  const governance = document ? charterFacts(context, document) : [];
  const legal = governance.concat(
    inPlanOrder(context.index, context.index.legal).flatMap((site) => legalItems(context, site)),
  );
  const charterBody = document ? body(context, document, 'charter', 3) : undefined;
  return {
    anchor: SECTION_IDS.charter,
    title: (document && text(document.data.title)) ?? context.labels.charter,
    legal,
    body: charterBody && charterBody.html !== '' ? charterBody : undefined,
    source: document ? context.ref(document, document.openFence.start) : undefined,
  };
}

function legalItems(context: Context, site: Site): LegalItem[] {
  const items: LegalItem[] = [];
  const legal = site.value;
  const add = (key: string, labelKey: string, value: string | string[] | undefined, path: DataPath) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    items.push({
      key,
      label: enumLabel('legal', labelKey, context.locale),
      value,
      source: context.at(site.document, [...site.path, ...path]),
    });
  };
  const list = (value: unknown) =>
    Array.isArray(value)
      ? value.map(text).filter((item) => item !== undefined)
      : text(value) === undefined
        ? undefined
        : [text(value) as string];
  const names = (value: unknown) => list(value)?.map((id) => context.person(id)?.name ?? id);
  add('jurisdictions', 'jurisdictions', list(legal.jurisdictions), ['jurisdictions']);
  add('intellectual_property', 'intellectual_property', text(legal.intellectual_property), ['intellectual_property']);
  add('defamation', 'defamation', text(legal.defamation), ['defamation']);
  if (isRecord(legal.privacy)) {
    add('privacy', 'privacy', text(legal.privacy.policy), ['privacy', 'policy']);
    add('privacy.regulations', 'regulations', list(legal.privacy.regulations), ['privacy', 'regulations']);
    add('privacy.officer', 'officer', names(legal.privacy.officer), ['privacy', 'officer']);
    add('privacy.contact', 'contact', text(legal.privacy.contact), ['privacy', 'contact']);
    add('privacy.dpo', 'dpo', names(legal.privacy.dpo), ['privacy', 'dpo']);
  } else add('privacy', 'privacy', text(legal.privacy), ['privacy']);
  // Today's text, or the structured `{ policy, mentions }` (docs/rules/disclosure-policy.md).
  const disclosure = legal.advertising_disclosure;
  if (isRecord(disclosure)) {
    add('advertising_disclosure', 'advertising_disclosure', text(disclosure.policy), [
      'advertising_disclosure',
      'policy',
    ]);
    add('advertising_disclosure.mentions', 'mentions', list(disclosure.mentions), [
      'advertising_disclosure',
      'mentions',
    ]);
  } else add('advertising_disclosure', 'advertising_disclosure', text(disclosure), ['advertising_disclosure']);
  add('confidentiality', 'confidentiality', text(legal.confidentiality), ['confidentiality']);
  if (isRecord(legal.moderation)) {
    const hours = context.number(legal.moderation.response_time_hours);
    add(
      'moderation.response_time_hours',
      'response_time_hours',
      hours ? withinHours(hours.text, context.locale) : undefined,
      ['moderation', 'response_time_hours'],
    );
    add('moderation.remove', 'remove', list(legal.moderation.remove), ['moderation', 'remove']);
    add('moderation.escalate_to', 'escalate_to', context.person(legal.moderation.escalate_to)?.name, [
      'moderation',
      'escalate_to',
    ]);
  }
  add('spokespersons', 'spokespersons', names(legal.spokespersons), ['spokespersons']);
  if (isRecord(legal.crisis)) {
    const levels = Array.isArray(legal.crisis.levels) ? legal.crisis.levels.filter(isRecord) : [];
    add(
      'crisis.levels',
      'crisis_levels',
      levels.map((level) => crisisLevel(context, level)),
      ['crisis', 'levels'],
    );
    add('crisis.spokespersons', 'crisis_spokespersons', names(legal.crisis.spokespersons), ['crisis', 'spokespersons']);
    add('crisis.holding_statement', 'holding_statement', text(legal.crisis.holding_statement), [
      'crisis',
      'holding_statement',
    ]);
  }
  if (isRecord(legal.account_security)) {
    const security = legal.account_security;
    const twoFactor = typeof security.two_factor === 'boolean' ? (security.two_factor ? 'yes' : 'no') : undefined;
    add('account_security.two_factor', 'two_factor', twoFactor && enumLabel('twoFactor', twoFactor, context.locale), [
      'account_security',
      'two_factor',
    ]);
    add('account_security.access', 'access', names(security.access), ['account_security', 'access']);
    const review = text(security.access_review);
    add(
      'account_security.access_review',
      'access_review',
      review && enumLabel('reviewPeriod', review, context.locale),
      ['account_security', 'access_review'],
    );
    add('account_security.offboarding', 'offboarding', text(security.offboarding), ['account_security', 'offboarding']);
  }
  return items;
}

/** `Crisis — alert Marie Tremblay, Julie Gagnon; within 1 h: A product recall`. */
function crisisLevel(context: Context, level: Record<string, unknown>): string {
  const alerted = Array.isArray(level.alert) ? level.alert.map((id) => context.person(id)?.name ?? String(id)) : [];
  const hours = context.number(level.respond_within_hours);
  const parts = [alerted.join(', '), hours ? withinHours(hours.text, context.locale) : undefined, text(level.when)];
  return `${text(level.name) ?? '—'} — ${parts.filter((part) => part !== undefined && part !== '').join(' · ')}`;
}

/** The charter's own status, version, sign-offs and review dates (a compliance officer's). */
function charterFacts(context: Context, document: SocialDocument): LegalItem[] {
  const data = document.data;
  const items: LegalItem[] = [];
  const add = (key: string, value: string | string[] | undefined, path: DataPath) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    items.push({ key, label: enumLabel('legal', key, context.locale), value, source: context.at(document, path) });
  };
  const status = text(data.status);
  add('charter_status', status && context.label('planStatus', status).label, ['status']);
  add('charter_version', text(data.version), ['version']);
  const approvals = Array.isArray(data.approvals) ? data.approvals.filter(isRecord) : [];
  add(
    'charter_approvals',
    approvals.map((approval) =>
      [text(approval.name), approvalRole(approval), context.date(approval.date)?.text].filter(Boolean).join(' — '),
    ),
    ['approvals'],
  );
  const reviewed = text(data.reviewed);
  add('reviewed', reviewed && (context.date(reviewed)?.text ?? reviewed), ['reviewed']);
  const every = text(data.review_every);
  add('review_every', every && enumLabel('reviewPeriod', every, context.locale), ['review_every']);
  const months = every ? REVIEW_MONTHS[every] : undefined;
  const next = reviewed && months ? addMonths(reviewed, months) : undefined;
  add('next_review', next && (context.date(next)?.text ?? next), ['reviewed']);
  return items;
}

const REVIEW_MONTHS: Record<string, number> = { quarter: 3, 'half-year': 6, year: 12 };
