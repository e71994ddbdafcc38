// The dashboard's texts, Dutch first. Shared by the server (the page shell) and the browser
// script (switching language without a reload), so both always say the same.

/** A language the dashboard speaks. */
export type Lang = 'nl' | 'en';

const nl = {
  'page.title': 'Dashboard banenafspraak – referentieserver',
  'page.heading': 'Dashboard banenafspraak',
  'page.intro':
    'Stuurinformatie over de gegevens die u mag zien: voortgang naar de taakstelling, doorlooptijden, balans en harmonisatie. Alle cijfers zijn indicatief; de officiële telling is die van UWV.',
  'page.docs': 'API-documentatie',
  'page.skip': 'Naar de inhoud',
  'page.switch': 'English',
  'page.switchLabel': 'Switch to English',
  'page.noscript': 'Het dashboard heeft JavaScript nodig. De rapporten staan ook in de API onder /v1/reports.',
  'signin.heading': 'Aanmelden',
  'signin.persona': 'Demo-persona',
  'signin.usePersona': 'Aanmelden als persona',
  'signin.personaHelp': 'De demo-persona’s van deze ontwikkelserver; hun tokens staan ook in de uitvoer bij het starten.',
  'signin.token': 'Token (Bearer)',
  'signin.tokenHelp': 'Plak een token; het blijft alleen in dit tabblad en wordt nergens opgeslagen.',
  'signin.useToken': 'Aanmelden met token',
  'signin.none': 'Niet aangemeld.',
  'signin.as': 'Aangemeld als {who}.',
  'signin.badToken': 'Dit is geen token (verwacht drie delen gescheiden door punten).',
  'period.heading': 'Periode',
  'period.from': 'Van',
  'period.to': 'Tot en met',
  'period.apply': 'Rapporten vernieuwen',
  'status.loading': 'Rapporten laden…',
  'status.loaded': 'Rapporten geladen voor {from} tot en met {to}.',
  'status.error': 'Fout bij {report}: {message}',
  'status.unauthorized': 'Het token is niet (meer) geldig. Meld opnieuw aan.',
  'status.forbidden': 'U mag dit rapport niet zien.',
  'status.network': 'De server is niet bereikbaar.',
  'progress.heading': 'Voortgang taakstelling per regio',
  'progress.chartTitle': 'Baanequivalenten en taakstelling per regio',
  'progress.chartDesc':
    'Per regio het aantal baanequivalenten (blauwe staaf) en de taakstelling (rode streep); rechts staat “baanequivalenten / taakstelling”. De tabel hieronder bevat dezelfde cijfers.',
  'progress.region': 'Regio',
  'progress.jobEquivalents': 'Baanequivalenten',
  'progress.placements': 'Plaatsingen',
  'progress.target': 'Taakstelling',
  'progress.pct': 'Voortgang',
  'progress.total': 'Totaal',
  'progress.empty': 'Geen plaatsingen of taakstellingen in deze periode die u mag zien.',
  'progress.excluded': 'Niet meegeteld: {unpaid} onbetaalde plaatsing(en), {basis} zonder grondslag die meetelt.',
  'progress.noTarget': 'geen',
  'progress.indicative':
    'Indicatief: gemiddeld aantal baanequivalenten (betaalde uren / {hours} per week) over de periode, bij de inlener. De officiële telling is die van UWV.',
  'harmonisation.heading': 'Harmonisatie van werkafspraken',
  'harmonisation.employer': 'Werkgever (KvK-nummer)',
  'harmonisation.show': 'Tonen',
  'harmonisation.badKvk': 'Een KvK-nummer heeft 8 cijfers.',
  'harmonisation.none': 'Kies een werkgever om de werkafspraken per regio te vergelijken.',
  'harmonisation.empty': 'Geen samenwerkingsafspraken van deze werkgever die u mag zien.',
  'harmonisation.caption': 'Werkafspraken van {employer} per regio op {date}',
  'harmonisation.aspect': 'Onderdeel',
  'harmonisation.harmonised': 'Gelijk in alle regio’s',
  'harmonisation.yes': 'ja',
  'harmonisation.no': 'nee',
  'harmonisation.missing': 'geen afspraak',
  'harmonisation.contacts': 'Aanspreekpunten per regio',
  'harmonisation.employerSide': 'Werkgever',
  'harmonisation.publicSide': 'Publieke kant',
  'harmonisation.onePerSide': 'Eén per kant (AGR-001)',
  'aspect.trialPlacement': 'Proefplaatsing (regime en duur)',
  'aspect.jobCoaching': 'Jobcoaching',
  'aspect.lksProcess': 'Proces loonkostensubsidie',
  'aspect.employerContact': 'Aanspreekpunt werkgever',
  'value.months': '{n} mnd',
  'value.max': 'max. {n} mnd',
  'value.preferred': 'voorkeursproces',
  'value.notPreferred': 'geen voorkeursproces',
} as const;

/** A key of the dashboard's texts. */
export type TextKey = keyof typeof nl;

const en: Record<TextKey, string> = {
  'page.title': 'Banenafspraak dashboard – reference server',
  'page.heading': 'Banenafspraak dashboard',
  'page.intro':
    'Steering information over the records you may see: progress toward the target, lead times, balance and harmonisation. All figures are indicative; the official count is UWV’s.',
  'page.docs': 'API documentation',
  'page.skip': 'Skip to content',
  'page.switch': 'Nederlands',
  'page.switchLabel': 'Schakel naar Nederlands',
  'page.noscript': 'The dashboard needs JavaScript. The reports are also in the API under /v1/reports.',
  'signin.heading': 'Sign in',
  'signin.persona': 'Demo persona',
  'signin.usePersona': 'Sign in as persona',
  'signin.personaHelp': 'The demo personas of this development server; their tokens are also printed at start.',
  'signin.token': 'Token (Bearer)',
  'signin.tokenHelp': 'Paste a token; it stays in this tab only and is never stored.',
  'signin.useToken': 'Sign in with token',
  'signin.none': 'Not signed in.',
  'signin.as': 'Signed in as {who}.',
  'signin.badToken': 'This is not a token (expected three parts separated by dots).',
  'period.heading': 'Period',
  'period.from': 'From',
  'period.to': 'To (inclusive)',
  'period.apply': 'Refresh reports',
  'status.loading': 'Loading reports…',
  'status.loaded': 'Reports loaded for {from} to {to}.',
  'status.error': 'Error in {report}: {message}',
  'status.unauthorized': 'The token is not (or no longer) valid. Please sign in again.',
  'status.forbidden': 'You may not see this report.',
  'status.network': 'The server cannot be reached.',
  'progress.heading': 'Progress toward the target per region',
  'progress.chartTitle': 'Job equivalents and target per region',
  'progress.chartDesc':
    'Per region the job equivalents (blue bar) and the target (red line); on the right “job equivalents / target”. The table below holds the same figures.',
  'progress.region': 'Region',
  'progress.jobEquivalents': 'Job equivalents',
  'progress.placements': 'Placements',
  'progress.target': 'Target',
  'progress.pct': 'Progress',
  'progress.total': 'Total',
  'progress.empty': 'No placements or targets in this period that you may see.',
  'progress.excluded': 'Not counted: {unpaid} unpaid placement(s), {basis} without a basis that counts.',
  'progress.noTarget': 'none',
  'progress.indicative':
    'Indicative: average job equivalents (paid hours / {hours} per week) over the period, at the hirer. The official count is UWV’s.',
  'harmonisation.heading': 'Harmonisation of working arrangements',
  'harmonisation.employer': 'Employer (KvK number)',
  'harmonisation.show': 'Show',
  'harmonisation.badKvk': 'A KvK number has 8 digits.',
  'harmonisation.none': 'Choose an employer to compare its working arrangements per region.',
  'harmonisation.empty': 'No partnership agreements of this employer that you may see.',
  'harmonisation.caption': 'Working arrangements of {employer} per region on {date}',
  'harmonisation.aspect': 'Aspect',
  'harmonisation.harmonised': 'Same in every region',
  'harmonisation.yes': 'yes',
  'harmonisation.no': 'no',
  'harmonisation.missing': 'no arrangement',
  'harmonisation.contacts': 'Contact points per region',
  'harmonisation.employerSide': 'Employer',
  'harmonisation.publicSide': 'Public side',
  'harmonisation.onePerSide': 'One per side (AGR-001)',
  'aspect.trialPlacement': 'Trial placement (regime and length)',
  'aspect.jobCoaching': 'Job coaching',
  'aspect.lksProcess': 'Wage-cost subsidy process',
  'aspect.employerContact': 'Employer contact point',
  'value.months': '{n} mo',
  'value.max': 'max. {n} mo',
  'value.preferred': 'preferred process',
  'value.notPreferred': 'no preferred process',
};

const texts: Record<Lang, Record<TextKey, string>> = { nl, en };

/** The text for `key` in `lang`, with `{name}` placeholders filled in. */
export function text(lang: Lang, key: TextKey, values: Record<string, string | number> = {}): string {
  return texts[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** Parses a language tag as the dashboard's language; anything else is Dutch. */
export function toLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'nl';
}

/** Formats a number the way the language writes it (decimal comma in Dutch). */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits }).format(value);
}

/** Whether the dashboard has a text for `key` (labels of aspects a newer server adds may be missing). */
export function isTextKey(key: string): key is TextKey {
  return Object.hasOwn(nl, key);
}
