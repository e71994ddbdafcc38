// The dashboard's browser script: sign-in (demo persona or pasted token), the period, the
// language switch, and the report sections. The token lives in this page's memory only.

import type { HarmonisationReport, ProgressReport } from '@banenafspraak/core';
import { type ApiFailure, getJson, readClaims } from './api.js';
import { byId, h } from './dom.js';
import { harmonisationView } from './harmonisation.js';
import { isTextKey, type Lang, type TextKey, text, toLang } from './i18n.js';
import { progressView, type RegionNames } from './progress.js';

interface Persona {
  key: string;
  description: string;
  token: string;
}

interface CodeListEntry {
  code: string;
  labelNl: string;
  labelEn: string;
}

/** What the page shows; every render reads it, so a language switch redraws the same data. */
interface State {
  lang: Lang;
  token?: string;
  who?: string;
  status?: { key: TextKey; values?: Record<string, string> };
  progress?: ProgressReport;
  harmonisation?: HarmonisationReport;
  regions: CodeListEntry[];
}

const KVK = /^\d{8}$/;

function failureText(lang: Lang, report: string, failure: ApiFailure): { key: TextKey; values?: Record<string, string> } {
  if (failure.kind === 'unauthorized') return { key: 'status.unauthorized' };
  if (failure.kind === 'forbidden') return { key: 'status.error', values: { report, message: text(lang, 'status.forbidden') } };
  if (failure.kind === 'network') return { key: 'status.network' };
  return { key: 'status.error', values: { report, message: `${failure.status} ${failure.title}` } };
}

function start(): void {
  const state: State = { lang: toLang(document.documentElement.lang), regions: [] };
  const from = byId<HTMLInputElement>('from');
  const to = byId<HTMLInputElement>('to');
  const employer = byId<HTMLInputElement>('employer');
  const year = new Date().getFullYear();
  from.value = `${year}-01-01`;
  to.value = `${year}-12-31`;

  const regionNames = (): RegionNames => new Map(state.regions.map((e) => [e.code, state.lang === 'en' ? e.labelEn : e.labelNl]));

  function render(): void {
    const { lang } = state;
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const key = el.dataset.i18n ?? '';
      if (isTextKey(key)) el.textContent = text(lang, key);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
      const key = el.dataset.i18nLabel ?? '';
      if (isTextKey(key)) el.setAttribute('aria-label', text(lang, key));
    }
    byId('lang-switch').setAttribute('lang', lang === 'nl' ? 'en' : 'nl');
    byId('signed-in').textContent = state.who ? text(lang, 'signin.as', { who: state.who }) : text(lang, 'signin.none');
    byId('status').textContent = state.status ? text(lang, state.status.key, state.status.values) : '';
    byId('progress-body').replaceChildren(state.progress ? progressView(lang, state.progress, regionNames()) : '');
    byId('harmonisation-body').replaceChildren(
      state.harmonisation
        ? harmonisationView(lang, state.harmonisation, regionNames())
        : state.token
          ? h('p', { class: 'empty' }, text(lang, 'harmonisation.none'))
          : '',
    );
  }

  async function loadHarmonisation(kvk: string): Promise<boolean> {
    const token = state.token;
    if (!token) return false;
    const result = await getJson<HarmonisationReport>('/v1/reports/harmonisation', { employer: kvk }, token);
    if (!result.ok) {
      state.harmonisation = undefined;
      state.status = failureText(state.lang, text(state.lang, 'harmonisation.heading'), result.failure);
      return false;
    }
    state.harmonisation = result.value;
    return true;
  }

  async function loadReports(): Promise<void> {
    const token = state.token;
    if (!token) return;
    state.status = { key: 'status.loading' };
    render();
    const period = { from: from.value, to: to.value };
    const [byRegion, byEmployer] = await Promise.all([
      getJson<ProgressReport>('/v1/reports/progress', { ...period, groupBy: 'region' }, token),
      getJson<ProgressReport>('/v1/reports/progress', { ...period, groupBy: 'employer' }, token),
    ]);
    if (token !== state.token) return; // signed in as someone else meanwhile
    if (!byRegion.ok) {
      state.progress = undefined;
      state.harmonisation = undefined;
      // A refused token signs out: the page must not claim someone is signed in.
      if (byRegion.failure.kind === 'unauthorized') {
        state.token = undefined;
        state.who = undefined;
      }
      state.status = failureText(state.lang, text(state.lang, 'progress.heading'), byRegion.failure);
      render();
      return;
    }
    state.progress = byRegion.value;
    // Employers to suggest: those the caller has placements of, largest first; the caller's
    // own organisation when it is an employer.
    const employers = byEmployer.ok
      ? [...byEmployer.value.rows]
          .sort((a, b) => b.jobEquivalents - a.jobEquivalents)
          .map((r) => r.key)
          .filter((k) => KVK.test(k))
      : [];
    const own = readClaims(token)?.organisation;
    if (own?.scheme === 'KVK' && !employers.includes(own.value)) employers.unshift(own.value);
    byId('employers').replaceChildren(...employers.map((k) => h('option', { value: k })));
    if (!KVK.test(employer.value) && employers[0]) employer.value = employers[0];
    state.status = { key: 'status.loaded', values: period };
    if (KVK.test(employer.value)) await loadHarmonisation(employer.value);
    else state.harmonisation = undefined;
    if (token !== state.token) return;
    render();
  }

  function signIn(token: string, label?: string): void {
    const claims = readClaims(token);
    if (!claims) {
      state.status = { key: 'signin.badToken' };
      render();
      return;
    }
    state.token = token;
    state.progress = undefined;
    state.harmonisation = undefined;
    employer.value = '';
    const org = claims.organisation ? `${claims.organisation.scheme} ${claims.organisation.value}` : undefined;
    state.who = [label, claims.name, org && `(${org})`].filter(Boolean).join(' ');
    void loadReports();
  }

  byId('lang-switch').addEventListener('click', () => {
    state.lang = state.lang === 'nl' ? 'en' : 'nl';
    const url = new URL(window.location.href);
    url.searchParams.set('lang', state.lang);
    window.history.replaceState(null, '', url);
    render();
  });

  byId('token-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = byId<HTMLInputElement>('token');
    signIn(input.value.trim().replace(/^Bearer\s+/i, ''));
    input.value = '';
  });

  byId('period-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void loadReports();
  });

  byId('employer-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const kvk = employer.value.trim();
    if (!KVK.test(kvk)) {
      state.status = { key: 'harmonisation.badKvk' };
      render();
      return;
    }
    void loadHarmonisation(kvk).then(render);
  });

  // Demo personas (development servers only) and region names (a public code list).
  void getJson<{ items: Persona[] }>('/dashboard/personas.json', {}).then((result) => {
    if (!result.ok || result.value.items.length === 0) return;
    const personas = result.value.items;
    const select = byId<HTMLSelectElement>('persona');
    select.replaceChildren(...personas.map((p) => h('option', { value: p.key }, `${p.key} – ${p.description}`)));
    byId('persona-form').hidden = false;
    byId('persona-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = personas.find((p) => p.key === select.value);
      if (chosen) signIn(chosen.token, chosen.key);
    });
  });
  void getJson<{ entries: CodeListEntry[] }>('/v1/code-lists/labour-market-region', {}).then((result) => {
    if (!result.ok) return;
    state.regions = result.value.entries;
    render();
  });
  render();
}

start();
