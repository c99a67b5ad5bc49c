import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport(process.env.SMTP_URL ?? 'smtp://localhost:1025');
const from = process.env.MAIL_FROM ?? 'Acme Portal <no-reply@acme-portal.test>';
const appUrl = process.env.APP_URL ?? 'http://localhost:3000';

export async function sendInviteEmail(to: string, organizationName: string, token: string) {
  await transport.sendMail({
    from,
    to,
    subject: `You've been invited to ${organizationName} on Acme Portal`,
    text: `Accept your invitation within 7 days: ${appUrl}/invite/${token}`,
  });
}

export async function sendPasswordResetEmail(to: string, token: string) {
  await transport.sendMail({
    from,
    to,
    subject: 'Reset your Acme Portal password',
    text: `Reset your password (link valid for one hour): ${appUrl}/reset-password?token=${token}`,
  });
}
