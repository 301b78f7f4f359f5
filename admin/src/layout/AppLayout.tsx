import type { ReactNode } from 'react';
import { AppBar, Layout } from 'react-admin';
import { AppMenu } from './AppMenu';
import { IdentityMenu } from './IdentityMenu';

function ChungTayAppBar() {
  return <AppBar userMenu={<IdentityMenu />} />;
}

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={ChungTayAppBar} menu={AppMenu}>
      {children}
    </Layout>
  );
}
