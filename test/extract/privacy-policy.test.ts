import { describe, expect, it } from '@jest/globals';
import type { PrivacyClaimFact } from '../../src/core/facts.js';
import { parseSource } from '../../src/core/parse.js';
import { extractSource, extractText } from '../../src/extract/index.js';

const claims = (path: string, text: string) => extractText(path, text, text.split('\n').length).privacyClaims;
const summary = (list: PrivacyClaimFact[]) => list.map((c) => `${c.kind}/${c.channel}@${c.location.startLine}${c.subject ? ` ${c.subject}` : ''}${c.period ? ` (${c.period})` : ''}`);

const SAAS_POLICY = `---
title: Privacy Policy
---
# Privacy Policy

_Last updated: 2 February 2025_

Northwind Labs ("we", "us") provides the Northwind workspace. This policy explains which
personal data we process and the rights you have.

## Your rights

- **Access and portability.** You can export all of your data as a JSON archive at any time
  from *Settings → Privacy → Export*.
- **Deletion.** You may delete your workspace account from the Account page. We erase your
  profile, messages and uploaded files within 14 days.
- **Correction.** You can update your name and email address on your profile.

## How long we keep data

1. Workspace invitations expire after 72 hours and are then deleted.
2. Password reset links are valid for one hour.
3. Server logs are kept for no longer than 30 days.
4. We keep invoices for at least 10 years, as tax law requires.

## Contact

Email [privacy@northwind.test](mailto:privacy@northwind.test) with any question.
`;

const HTML_POLICY = `<!doctype html>
<html><body>
<h1>Privacy notice</h1>
<p>We take privacy seriously &amp; collect as little as possible.</p>
<ul>
  <li>You can download a copy of your personal data from your
      account settings.</li>
  <li>To delete your account, write to <a href="mailto:dpo@acme.test">dpo@acme.test</a>.</li>
</ul>
<p>One-time login codes expire after 10 minutes and are deleted automatically.</p>
</body></html>
`;

const NO_PROMISES = `# Privacy policy

We use cookies to keep you signed in. Our hosting provider is located in the EU.
Questions? Contact privacy@example.test.
`;

const DENIALS = `# Privacy policy

We do not offer data export at this time. Account deletion is not available in the
product, and we never sell your personal data.
Backups are retained for 35 days but we cannot delete individual records from them.
`;

const ON_REQUEST = `# Privacy

Under the GDPR you have the right to access and erase your personal data. To request a
copy of your data, or to have your account deleted, email privacy@example.test and we
will respond within 30 days.
`;

describe('privacy-policy claims from prose', () => {
  it('reads self-service promises, deadlines and retention periods from a Markdown policy', () => {
    expect(summary(claims('docs/privacy.md', SAAS_POLICY))).toEqual([
      'export/self-service@13',
      'erasure/self-service@15 (14 days)',
      'rectification/self-service@17',
      'retention/statement@21 Workspace invitations (72 hours)',
      'retention/statement@23 Server logs (30 days)',
    ]);
  });

  it('keeps the sentence and its lines across a wrapped list item', () => {
    const [exportClaim] = claims('docs/privacy.md', SAAS_POLICY);
    expect(exportClaim!.sentence).toBe('Access and portability. You can export all of your data as a JSON archive at any time from Settings → Privacy → Export.');
    expect(exportClaim!.location).toMatchObject({ path: 'docs/privacy.md', startLine: 13, endLine: 14 });
  });

  it('reads HTML policies block by block and tells self-service from on-request', () => {
    expect(summary(claims('templates/privacy.html', HTML_POLICY))).toEqual([
      'export/self-service@6',
      'erasure/on-request@8',
      'retention/statement@10 One-time login codes (10 minutes)',
    ]);
  });

  it('finds nothing in a policy that promises nothing', () => {
    expect(claims('PRIVACY.md', NO_PROMISES)).toEqual([]);
  });

  it('does not take denials for promises (a retention period stays one)', () => {
    expect(summary(claims('PRIVACY.md', DENIALS))).toEqual(['retention/statement@5 Backups (35 days)']);
  });

  it('takes the data an active sentence names before its asides', () => {
    const policy = '# Privacy policy\n\nWe delete sign-in sessions, with the IP address and browser they record, 30 days after they expire.\n\nWe keep invoices, as tax law requires, for 7 years.\n';
    expect(summary(claims('PRIVACY.md', policy))).toEqual(['retention/statement@3 sign-in sessions (30 days)', 'retention/statement@5 invoices (7 years)']);
  });

  it('takes the data a passive sentence names before an aside in parentheses or dashes', () => {
    const policy =
      '# Privacy policy\n\n- Login history (IP address and user agent of each sign-in) is kept for 90 days and then deleted.\n- Support tickets — with the messages and attachments in them — are deleted after 2 years.\n- After 30 days (or sooner), unused API keys are deleted.\n';
    expect(summary(claims('PRIVACY.md', policy))).toEqual([
      'retention/statement@3 Login history (90 days)',
      'retention/statement@4 Support tickets (2 years)',
      'retention/statement@5 API keys (30 days)',
    ]);
  });

  it('reads a negation inside the data\'s relative clause as which rows, not as a denial', () => {
    const policy = [
      '# Privacy policy',
      '',
      '- Invitations that were not accepted are deleted 14 days after they expire.',
      '- Accounts which have never been used are deleted after 2 years.',
      '- Sessions are deleted when they expire.',
      '- We cannot promise that uploads are deleted after 30 days.',
      '- Exports are not deleted after 30 days.',
    ];
    expect(summary(claims('PRIVACY.md', policy.join('\n')))).toEqual([
      'retention/statement@3 Invitations (14 days)',
      'retention/statement@4 Accounts (2 years)',
      'retention/statement@5 Sessions',
    ]);
  });

  it('marks rights statements and email requests as such', () => {
    expect(summary(claims('PRIVACY.md', ON_REQUEST))).toEqual(['erasure/on-request@3 (30 days)', 'export/on-request@3']);
  });

  it('reads the wordings policies use for the same promises', () => {
    const lines = [
      '# Privacy policy',
      '',
      'Account holders can download their data via the Export button in Settings.',
      '',
      'Users can delete their accounts in the app.',
      '',
      'Go to Settings > Account and click Delete account.',
      '',
      'You can request a copy of your data at any time.',
      '',
      'If you close your account, we will delete your personal data within 30 days.',
    ];
    expect(summary(claims('PRIVACY.md', lines.join('\n')))).toEqual([
      'export/self-service@3',
      'erasure/self-service@5',
      'erasure/self-service@7',
      'export/on-request@9',
      'erasure/statement@11 (30 days)',
    ]);
  });

  it('ignores prose that is not about privacy', () => {
    expect(claims('docs/usage.md', '# Usage\n\nYou can export your data to CSV from the reports page.\n')).toEqual([]);
  });
});

describe('privacy-policy claims from JSX pages', () => {
  it('reads the text of a TSX page paragraph by paragraph, across inline elements', async () => {
    const text = `export default function Privacy() {
  return (
    <main>
      <h1>Privacy policy</h1>
      <p>
        Sessions expire after 30 days and are removed together with the IP address
        recorded for them.
      </p>
      <ul>
        <li>
          <strong>Export.</strong> You can download all your data from{' '}
          <Link href="/settings">Settings</Link>.
        </li>
      </ul>
    </main>
  );
}
`;
    const facts = extractSource('app/privacy/page.tsx', 'tsx', text, await parseSource('tsx', text), 17, []);
    expect(summary(facts.privacyClaims)).toEqual(['retention/statement@6 Sessions (30 days)', 'export/self-service@11']);
  });

  it('reads policies kept as data in a page (an array of sections)', async () => {
    const text = `const sections = [
  { title: 'Deletion', body: 'You can delete your account at any time from the account settings page.' },
];
export default function Privacy() { return <main>{sections.map((s) => <p key={s.title}>{s.body}</p>)}</main>; }
`;
    const facts = extractSource('pages/privacy.jsx', 'javascript', text, await parseSource('javascript', text), 4, []);
    expect(summary(facts.privacyClaims)).toEqual(['erasure/self-service@2']);
  });

  it('ends a retention subject at "of" unless the word before it only holds the data', () => {
    const text = '- Audit logs of team activity are kept for 12 months.\n- Records of your payments are kept for 7 years.\n- Raw click events (including IP addresses) are deleted after 90 days.\n';
    expect(summary(claims('docs/privacy.md', text))).toEqual([
      'retention/statement@1 Audit logs (12 months)',
      'retention/statement@2 Records payments (7 years)',
      'retention/self-service@3 click events (90 days)',
    ]);
  });
});
