import type { HarmonisationReport, ReportContact } from '@banenafspraak/core';
import { h } from './dom.js';
import { formatNumber, isTextKey, type Lang, type TextKey, text } from './i18n.js';
import { type CodeLabel, regionLabel } from './labels.js';

type Aspect = HarmonisationReport['aspects'][number];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const contactText = (c: ReportContact) => [c.name, c.role && `(${c.role})`, c.email].filter(Boolean).join(' ');

/**
 * An arrangement in words. The known aspects get a sentence; an aspect the server adds later
 * is shown as its fields, so a newer report never breaks the table.
 */
export function describeValue(lang: Lang, label: CodeLabel, aspect: string, value: unknown): string {
  if (value === null || value === undefined) return text(lang, 'harmonisation.missing');
  if (aspect === 'trialPlacement' && isRecord(value)) {
    const parts = [typeof value.regime === 'string' ? label('trial-regime', value.regime) : ''];
    if (typeof value.defaultMonths === 'number') parts.push(text(lang, 'value.months', { n: formatNumber(lang, value.defaultMonths) }));
    if (typeof value.maxMonths === 'number') parts.push(text(lang, 'value.max', { n: formatNumber(lang, value.maxMonths) }));
    return parts.filter(Boolean).join(', ');
  }
  if (aspect === 'lksProcess' && isRecord(value)) {
    const frequency = typeof value.paymentFrequency === 'string' ? label('payment-frequency', value.paymentFrequency) : undefined;
    return [text(lang, value.preferredProcess ? 'value.preferred' : 'value.notPreferred'), frequency].filter(Boolean).join(', ');
  }
  if (aspect === 'wageValueApproach' && isRecord(value)) {
    return [
      typeof value.method === 'string' ? label('wage-value-method', value.method) : '',
      value.sharedAcrossRegions === true
        ? text(lang, 'value.shared')
        : value.sharedAcrossRegions === false
          ? text(lang, 'value.perRegion')
          : '',
      typeof value.assessorProvider === 'string' ? text(lang, 'value.assessor', { who: value.assessorProvider }) : '',
    ]
      .filter(Boolean)
      .join(', ');
  }
  if (aspect === 'performanceAgreements' && Array.isArray(value)) {
    return value
      .filter(isRecord)
      .map((a) => {
        const what =
          typeof a.fromEvent === 'string' && typeof a.toEvent === 'string'
            ? `${label('process-event', a.fromEvent)} → ${label('process-event', a.toEvent)}`
            : label('performance-metric', String(a.metric));
        const norm =
          typeof a.targetWorkingDays === 'number' ? text(lang, 'value.norm', { days: formatNumber(lang, a.targetWorkingDays) }) : '';
        const share = typeof a.targetSharePct === 'number' ? `${formatNumber(lang, a.targetSharePct, 1)} %` : '';
        return [what, [norm, share].filter(Boolean).join(' ')].filter(Boolean).join(': ');
      })
      .join('; ');
  }
  // The party that arranges the insurance, named as in the financier list (UWV, gemeente, werkgever).
  if (aspect === 'trialInsurance' && typeof value === 'string') return label('financier', value);
  if (aspect === 'delegatedProcesses' && Array.isArray(value)) return value.map((c) => label('delegated-process', String(c))).join(', ');
  if (aspect === 'jobCoaching' && isRecord(value) && Array.isArray(value.allowed))
    return value.allowed.map((c) => label('instrument', String(c))).join(', ');
  if (Array.isArray(value))
    return value
      .map((v) => (isRecord(v) && typeof v.name === 'string' ? contactText(v as ReportContact) : describeValue(lang, label, '', v)))
      .join('; ');
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${describeValue(lang, label, '', v)}`)
      .join(', ');
  }
  if (typeof value === 'number') return formatNumber(lang, value);
  if (typeof value === 'boolean') return text(lang, value ? 'harmonisation.yes' : 'harmonisation.no');
  return String(value);
}

const aspectLabel = (lang: Lang, a: Pick<Aspect, 'aspect' | 'labelNl'>) => {
  const key = `aspect.${a.aspect}`;
  return isTextKey(key) ? text(lang, key) : a.labelNl;
};

/** The harmonisation section: aspects × regions, and the contact points per region. */
export function harmonisationView(lang: Lang, report: HarmonisationReport, label: CodeLabel): HTMLElement {
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
        ...report.regions.map((r) => h('th', { scope: 'col', 'data-region': r }, regionLabel(label, r))),
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
          ...report.regions.map((r) => h('td', { 'data-region': r }, describeValue(lang, label, a.aspect, valueIn(a, r)))),
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
          h('th', { scope: 'row' }, regionLabel(label, c.region)),
          h('td', {}, c.employer.map(contactText).join('; ') || '–'),
          h('td', {}, c.public.map(contactText).join('; ') || '–'),
          h('td', {}, t(c.exactlyOnePerSide ? 'harmonisation.yes' : 'harmonisation.no')),
        ),
      ),
    ),
  );
  const reference = report.reference;
  const referenceTable =
    reference &&
    h(
      'table',
      { id: 'reference-table' },
      h(
        'caption',
        {},
        text(lang, reference.chosenBy === 'parameter' ? 'harmonisation.referenceChosen' : 'harmonisation.referenceMost', {
          region: regionLabel(label, reference.region),
        }),
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('progress.region')),
          h('th', { scope: 'col' }, t('harmonisation.hasArrangements')),
          h('th', { scope: 'col' }, t('harmonisation.differsIn')),
        ),
      ),
      h(
        'tbody',
        {},
        ...reference.regions.map((r) =>
          h(
            'tr',
            { 'data-region': r.region, class: r.differs.length ? 'differs' : undefined },
            h('th', { scope: 'row' }, regionLabel(label, r.region)),
            h('td', {}, t(r.hasArrangements ? 'harmonisation.yes' : 'harmonisation.no')),
            h(
              'td',
              { class: 'verdict' },
              r.region === reference.region
                ? t('harmonisation.isReference')
                : r.differs.length
                  ? r.differs.map((a) => aspectLabel(lang, { aspect: a, labelNl: a })).join(', ')
                  : t('harmonisation.sameAsReference'),
            ),
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
    referenceTable ? wrap(referenceTable.caption?.textContent ?? '', referenceTable) : null,
    wrap(t('harmonisation.contacts'), contacts),
  );
}
