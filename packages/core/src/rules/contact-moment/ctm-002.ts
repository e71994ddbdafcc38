import type { OrgRef } from '../../common/building-blocks.js';
import type { ContactMoment } from '../../documents/contact-moment.js';
import { defineRule } from '../rule.js';

const same = (a: OrgRef, b: OrgRef) => a.scheme === b.scheme && a.value === b.value;

/** Whether an organisation reference points at the contacted employer itself. */
function isTheEmployer(org: OrgRef, employer: ContactMoment['employer']): boolean {
  return (org.scheme === 'KVK' && org.value === employer.kvkNumber) || (org.scheme === 'VESTIGING' && org.value === employer.establishment);
}

/**
 * CTM-002: a contact moment is between two parties: the organisation on the public side is
 * not the employer itself, and the organisations it acted for name neither it nor one
 * organisation twice. Organisations are compared by scheme and identifier.
 */
export const CTM_002 = defineRule({
  id: 'CTM-002',
  appliesTo: 'ContactMoment',
  severity: 'error',
  titleNl: 'De contacterende organisatie is niet de werkgever zelf; namens wie: andere organisaties, elk één keer',
  titleEn: 'The contacting organisation is not the employer itself; on behalf of: other organisations, each once',
  source: 'Brief §3.5 (S5), §4.0',
  reads: [['organisation'], ['onBehalfOf'], ['employer']],
  messages: {
    selfContact: {
      nl: 'De organisatie die contact had is de benaderde werkgever zelf; vermeld de publieke organisatie.',
      en: 'The organisation that had the contact is the employer contacted; name the public-side organisation.',
    },
    behalfOfItself: {
      nl: 'Een organisatie handelt niet namens zichzelf; laat haar weg uit "namens".',
      en: 'An organisation does not act on its own behalf; leave it out of "on behalf of".',
    },
    duplicate: {
      nl: 'Deze organisatie staat al eerder in "namens".',
      en: 'This organisation is already listed in "on behalf of".',
    },
  },
  check(contact, ctx) {
    if (isTheEmployer(contact.organisation, contact.employer)) ctx.report(['organisation'], 'selfContact');
    const behalf = contact.onBehalfOf ?? [];
    behalf.forEach((org, i) => {
      if (same(org, contact.organisation)) ctx.report(['onBehalfOf', i], 'behalfOfItself');
      else if (behalf.slice(0, i).some((o) => same(o, org))) ctx.report(['onBehalfOf', i], 'duplicate');
    });
  },
});
