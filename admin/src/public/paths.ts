/** Where the public statement lives: Vietnamese paths, as people will share them. */
export const PUBLIC_BASE = '/cong-khai';

/** True for /cong-khai and everything under it: main.tsx loads the public page, not the panel. */
export function isPublicPath(pathname: string): boolean {
  return pathname === PUBLIC_BASE || pathname.startsWith(`${PUBLIC_BASE}/`);
}

export const campaignPath = (id: string) => `${PUBLIC_BASE}/chien-dich/${encodeURIComponent(id)}`;
export const fundPath = (id: string) => `${PUBLIC_BASE}/quy/${encodeURIComponent(id)}`;
