import { isRecord } from '../../util/guards';
import type { DataPath } from '../../document/yaml-location';
import { enumLabel, withinHours } from '../../i18n/labels';
import { inPlanOrder, type Site } from '../../workspace/plan-index';
import { text } from '../format';
import type { Charter, LegalItem } from '../model';
import { SECTION_IDS } from '../sections';
import { body, type Context } from './context';

export function assembleCharter(context: Context): Charter {
  const document = context.plan.charterLink?.document ?? context.documentsOf('charter')[0];
  const legal = inPlanOrder(context.index, context.index.legal).flatMap((site) => legalItems(context, site));
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
  return items;
}
