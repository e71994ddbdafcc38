// The dashboard's browser script: sign-in (demo persona or pasted token), the period, the
// language switch, and the report sections. The token lives in this page's memory only.

import type { BalanceReport, HarmonisationReport, LeadTimeReport, ProgressReport, VacancyReport } from '@banenafspraak/core';
import { type ApiFailure, type ApiResult, getFile, getJson, readClaims } from './api.js';
import { byId, h } from './dom.js';
import { harmonisationView } from './harmonisation.js';
import { isTextKey, type Lang, type TextKey, text, toLang } from './i18n.js';
import { CODE_LISTS, type CodeLabel, regionLabel } from './labels.js';
import { progressView } from './progress.js';
import { balanceView, leadTimesView, vacanciesView } from './steering.js';

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
  progress?: ApiResult<ProgressReport>;
  leadTimes?: ApiResult<LeadTimeReport>;
  balance?: ApiResult<BalanceReport>;
  vacancies?: ApiResult<VacancyReport>;
  harmonisation?: ApiResult<HarmonisationReport>;
  codeLists: Map<string, readonly CodeListEntry[]>;
  /** The queries of the loaded reports, for their downloads. */
  query?: Record<string, string>;
  progressQuery?: Record<string, string>;
  harmonisationQuery?: Record<string, string>;
}

const KVK = /^\d{8}$/;

function failureMessage(lang: Lang, failure: ApiFailure): string {
  if (failure.kind === 'unauthorized') return text(lang, 'status.unauthorized');
  if (failure.kind === 'forbidden') return text(lang, 'status.forbidden');
  if (failure.kind === 'network') return text(lang, 'status.network');
  return `${failure.status} ${failure.title}`;
}

function start(): void {
  const state: State = { lang: toLang(document.documentElement.lang), codeLists: new Map() };
  const from = byId<HTMLInputElement>('from');
  const to = byId<HTMLInputElement>('to');
  const employer = byId<HTMLInputElement>('employer');
  const year = new Date().getFullYear();
  from.value = `${year}-01-01`;
  to.value = `${year}-12-31`;

  const labelsOf = (list: string) =>
    new Map((state.codeLists.get(list) ?? []).map((e) => [e.code, state.lang === 'en' ? e.labelEn : e.labelNl]));
  const codeLabel = (): CodeLabel => {
    const lists = new Map(CODE_LISTS.map((l) => [l, labelsOf(l)]));
    return (list, code) => lists.get(list)?.get(code) ?? code;
  };

  /** A section's body: nothing before sign-in, the failure in words, or the report's view. */
  function body<T>(result: ApiResult<T> | undefined, view: (value: T) => HTMLElement): Node | string {
    if (!result) return '';
    if (!result.ok) return h('p', { class: 'error' }, failureMessage(state.lang, result.failure));
    return view(result.value);
  }

  /** CSV and spreadsheet downloads of a report, fetched with the token (a link cannot carry it). */
  function withDownloads(view: HTMLElement, path: string, query: Record<string, string>, headingId: string): HTMLElement {
    const button = (format: 'csv' | 'xlsx', key: TextKey) => {
      const b = h(
        'button',
        { type: 'button', class: 'download', 'aria-describedby': headingId, 'data-format': format },
        text(state.lang, key),
      );
      b.addEventListener('click', () => {
        const token = state.token;
        if (!token) return;
        void getFile(path, { ...query, format }, token).then((result) => {
          if (!result.ok) {
            state.status = { key: 'download.failed', values: { message: failureMessage(state.lang, result.failure) } };
            render();
            return;
          }
          const url = URL.createObjectURL(result.value.blob);
          const a = h('a', { href: url, download: result.value.name, hidden: true });
          document.body.append(a);
          a.click();
          a.remove();
          URL.revokeObjectURL(url);
        });
      });
      return b;
    };
    view.append(h('p', { class: 'downloads' }, button('csv', 'download.csv'), ' ', button('xlsx', 'download.xlsx')));
    return view;
  }

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
    const label = codeLabel();
    const q = state.query ?? {};
    byId('progress-body').replaceChildren(
      body(state.progress, (r) =>
        withDownloads(progressView(lang, r, label), '/v1/reports/progress', state.progressQuery ?? q, 'progress-heading'),
      ),
    );
    byId('lead-times-body').replaceChildren(
      body(state.leadTimes, (r) =>
        withDownloads(leadTimesView(lang, r, label), '/v1/reports/lead-times', { ...q, groupBy: 'region' }, 'lead-times-heading'),
      ),
    );
    byId('balance-body').replaceChildren(
      body(state.balance, (r) => withDownloads(balanceView(lang, r, label), '/v1/reports/balance', q, 'balance-heading')),
    );
    byId('vacancies-body').replaceChildren(
      body(state.vacancies, (r) =>
        withDownloads(vacanciesView(lang, r, label), '/v1/reports/vacancies', { ...q, groupBy: 'region' }, 'vacancies-heading'),
      ),
    );
    byId('harmonisation-body').replaceChildren(
      state.harmonisation
        ? body(state.harmonisation, (r) =>
            withDownloads(
              harmonisationView(lang, r, label),
              '/v1/reports/harmonisation',
              state.harmonisationQuery ?? {},
              'harmonisation-heading',
            ),
          )
        : state.token
          ? h('p', { class: 'empty' }, text(lang, 'harmonisation.none'))
          : '',
    );
  }

  const reference = byId<HTMLSelectElement>('reference');
  const harmonisationQuery = (kvk: string): Record<string, string> =>
    reference.value ? { employer: kvk, referenceRegion: reference.value } : { employer: kvk };

  /** Offers the regions with arrangements in force as reference, keeping the choice when it is still there. */
  function setReferenceOptions(report: HarmonisationReport | undefined): void {
    const chosen = reference.value;
    const regions = (report?.reference?.regions ?? []).filter((r) => r.hasArrangements).map((r) => r.region);
    const auto = h('option', { value: '', 'data-i18n': 'harmonisation.referenceAuto' }, text(state.lang, 'harmonisation.referenceAuto'));
    const label = codeLabel();
    reference.replaceChildren(auto, ...regions.map((r) => h('option', { value: r }, regionLabel(label, r))));
    reference.value = regions.includes(chosen) ? chosen : '';
  }

  async function loadHarmonisation(token: string, kvk: string): Promise<void> {
    const result = await getJson<HarmonisationReport>('/v1/reports/harmonisation', harmonisationQuery(kvk), token);
    if (token !== state.token) return;
    state.harmonisation = result;
    state.harmonisationQuery = harmonisationQuery(kvk);
    setReferenceOptions(result.ok ? result.value : undefined);
  }

  const clearReports = () => {
    state.progress = undefined;
    state.leadTimes = undefined;
    state.balance = undefined;
    state.vacancies = undefined;
    state.harmonisation = undefined;
  };

  async function loadReports(): Promise<void> {
    const token = state.token;
    if (!token) return;
    state.status = { key: 'status.loading' };
    render();
    const period = { from: from.value, to: to.value };
    const regionAttribution = byId<HTMLSelectElement>('attribution').value;
    const [progress, byEmployer, leadTimes, balance, vacancies] = await Promise.all([
      getJson<ProgressReport>('/v1/reports/progress', { ...period, groupBy: 'region', regionAttribution }, token),
      getJson<ProgressReport>('/v1/reports/progress', { ...period, groupBy: 'employer' }, token),
      getJson<LeadTimeReport>('/v1/reports/lead-times', { ...period, groupBy: 'region' }, token),
      getJson<BalanceReport>('/v1/reports/balance', period, token),
      getJson<VacancyReport>('/v1/reports/vacancies', { ...period, groupBy: 'region' }, token),
    ]);
    if (token !== state.token) return; // signed in as someone else meanwhile
    // A refused token signs out: the page must not claim someone is signed in.
    if (!progress.ok && progress.failure.kind === 'unauthorized') {
      clearReports();
      state.token = undefined;
      state.who = undefined;
      state.status = { key: 'status.unauthorized' };
      render();
      return;
    }
    Object.assign(state, {
      progress,
      leadTimes,
      balance,
      vacancies,
      query: period,
      progressQuery: { ...period, groupBy: 'region', regionAttribution },
    });
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
    if (KVK.test(employer.value)) await loadHarmonisation(token, employer.value);
    if (token !== state.token) return;
    state.status = { key: 'status.loaded', values: period };
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
    clearReports();
    employer.value = '';
    setReferenceOptions(undefined);
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
    const token = state.token;
    const kvk = employer.value.trim();
    if (!token) return;
    if (!KVK.test(kvk)) {
      state.status = { key: 'harmonisation.badKvk' };
      render();
      return;
    }
    // Another employer has other regions: its reference starts automatic again.
    if (state.harmonisationQuery?.employer !== kvk) reference.value = '';
    void loadHarmonisation(token, kvk).then(render);
  });

  // Demo personas (development servers only) and code-list labels (public).
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
  for (const list of CODE_LISTS) {
    void getJson<{ entries: CodeListEntry[] }>(`/v1/code-lists/${list}`, {}).then((result) => {
      if (!result.ok) return;
      state.codeLists.set(list, result.value.entries);
      render();
    });
  }
  render();
}

start();
