import type { HarmonisationReport, ReportContact } from '@banenafspraak/core';
import { h } from './dom.js';
import { formatNumber, isTextKey, type Lang, type TextKey, text } from './i18n.js';
import { type RegionNames, regionLabel } from './progress.js';

type Aspect = HarmonisationReport['aspects'][number];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const contactText = (c: ReportContact) => [c.name, c.role && `(${c.role})`, c.email].filter(Boolean).join(' ');

/**
 * An arrangement in words. The known aspects get a sentence; an aspect the server adds later
 * is shown as its fields, so a newer report never breaks the table.
 */
export function describeValue(lang: Lang, aspect: string, value: unknown): string {
  if (value === null || value === undefined) return text(lang, 'harmonisation.missing');
  if (aspect === 'trialPlacement' && isRecord(value)) {
    const parts = [String(value.regime ?? '')];
    if (typeof value.defaultMonths === 'number') parts.push(text(lang, 'value.months', { n: formatNumber(lang, value.defaultMonths) }));
    if (typeof value.maxMonths === 'number') parts.push(text(lang, 'value.max', { n: formatNumber(lang, value.maxMonths) }));
    return parts.filter(Boolean).join(', ');
  }
  if (aspect === 'lksProcess' && isRecord(value)) {
    return [text(lang, value.preferredProcess ? 'value.preferred' : 'value.notPreferred'), value.paymentFrequency]
      .filter(Boolean)
      .join(', ');
  }
  if (aspect === 'jobCoaching' && isRecord(value) && Array.isArray(value.allowed)) return value.allowed.map(String).join(', ');
  if (Array.isArray(value))
    return value
      .map((v) => (isRecord(v) && typeof v.name === 'string' ? contactText(v as ReportContact) : describeValue(lang, '', v)))
      .join('; ');
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${describeValue(lang, '', v)}`)
      .join(', ');
  }
  if (typeof value === 'number') return formatNumber(lang, value);
  if (typeof value === 'boolean') return text(lang, value ? 'harmonisation.yes' : 'harmonisation.no');
  return String(value);
}

const aspectLabel = (lang: Lang, a: Aspect) => {
  const key = `aspect.${a.aspect}`;
  return isTextKey(key) ? text(lang, key) : a.labelNl;
};

/** The harmonisation section: aspects × regions, and the contact points per region. */
export function harmonisationView(lang: Lang, report: HarmonisationReport, names: RegionNames): HTMLElement {
  const t = (key: TextKey) => text(lang, key);
  if (report.regions.length === 0) return h('div', {}, h('p', { class: 'empty' }, t('harmonisation.empty')));
  const employer = report.employer.name ? `${report.employer.name} (${report.employer.kvkNumber})` : report.employer.kvkNumber;
  const valueIn = (a: Aspect, region: string) => a.variants.find((v) => v.regions.includes(region))?.value ?? null;
  const aspects = h(
    'table',
    { id: 'harmonisation-table' },
    h('caption', {}, text(lang, 'harmonisation.caption', { employer, date: report.asOf })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('harmonisation.aspect')),
        ...report.regions.map((r) => h('th', { scope: 'col', 'data-region': r }, regionLabel(names, r))),
        h('th', { scope: 'col' }, t('harmonisation.harmonised')),
      ),
    ),
    h(
      'tbody',
      {},
      ...report.aspects.map((a) =>
        h(
          'tr',
          { 'data-aspect': a.aspect, class: a.harmonised ? undefined : 'differs' },
          h('th', { scope: 'row' }, aspectLabel(lang, a)),
          ...report.regions.map((r) => h('td', { 'data-region': r }, describeValue(lang, a.aspect, valueIn(a, r)))),
          h('td', { class: 'verdict' }, t(a.harmonised ? 'harmonisation.yes' : 'harmonisation.no')),
        ),
      ),
    ),
  );
  const contacts = h(
    'table',
    { id: 'contacts-table' },
    h('caption', {}, t('harmonisation.contacts')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('progress.region')),
        h('th', { scope: 'col' }, t('harmonisation.employerSide')),
        h('th', { scope: 'col' }, t('harmonisation.publicSide')),
        h('th', { scope: 'col' }, t('harmonisation.onePerSide')),
      ),
    ),
    h(
      'tbody',
      {},
      ...report.contacts.map((c) =>
        h(
          'tr',
          { 'data-region': c.region },
          h('th', { scope: 'row' }, regionLabel(names, c.region)),
          h('td', {}, c.employer.map(contactText).join('; ') || '–'),
          h('td', {}, c.public.map(contactText).join('; ') || '–'),
          h('td', {}, t(c.exactlyOnePerSide ? 'harmonisation.yes' : 'harmonisation.no')),
        ),
      ),
    ),
  );
  const wrap = (label: string, table: HTMLTableElement) =>
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': label }, table);
  return h(
    'div',
    {},
    wrap(text(lang, 'harmonisation.caption', { employer, date: report.asOf }), aspects),
    wrap(t('harmonisation.contacts'), contacts),
  );
}
