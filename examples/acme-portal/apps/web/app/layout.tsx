import type { ReactNode } from 'react';

export const metadata = {
  title: 'Acme Portal',
  description: 'Projects, documents and credentials, shared with your Acme team.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
