export const metadata = { title: 'Privacy policy — Acme Portal' };

const LAST_UPDATED = 'March 4, 2024';

export default function PrivacyPage() {
  return (
    <main className="prose mx-auto max-w-3xl px-6 py-12">
      <h1>Privacy policy</h1>
      <p className="text-sm text-gray-500">Last updated {LAST_UPDATED}</p>

      <p>
        Acme Portal is operated by Acme Digital GmbH, Berlin. This policy explains what personal
        data we process when you use the portal, why, and the choices you have.
      </p>

      <h2>What we collect</h2>
      <ul>
        <li>Account data: your name, email address and a hash of your password.</li>
        <li>Project data: the documents you upload and the credentials you store with us.</li>
        <li>Usage data: the IP address and browser of each sign-in, and a log of actions taken.</li>
        <li>Billing data for the account owner, processed by Stripe. We never see card numbers.</li>
      </ul>

      <h2>How long we keep it</h2>
      <p>
        Invitations expire after 7 days. Expired invitations, including the email address they
        were sent to, are deleted automatically.
      </p>
      <p>
        Sign-in sessions expire after 30 days and are removed together with the IP address and
        browser information recorded for them.
      </p>

      <h2>Your rights</h2>
      <p>
        Under the GDPR you have the right to access, correct, port and erase your personal data.
        In the portal this works as follows:
      </p>
      <ul>
        <li>
          <strong>Export your data.</strong> You can download a copy of all the personal data we
          hold about you, in a machine-readable format, at any time from Settings → Privacy.
        </li>
        <li>
          <strong>Delete your account.</strong> You can delete your account at any time from
          Settings → Account. Your name, email address and sign-in history are permanently erased
          within 30 days.
        </li>
        <li>
          <strong>Correct your data.</strong> You can change your name on your profile page; to
          change your email address, ask an administrator of your organization.
        </li>
      </ul>

      <h2>Sub-processors</h2>
      <p>
        We host the portal on AWS (Frankfurt, eu-central-1), use Stripe for billing, Postmark for
        email and Sentry for error tracking. Each of them processes data only on our instructions.
      </p>

      <h2>Contact</h2>
      <p>
        Questions about this policy or your data: <a href="mailto:privacy@acme-portal.test">privacy@acme-portal.test</a>.
      </p>
    </main>
  );
}
