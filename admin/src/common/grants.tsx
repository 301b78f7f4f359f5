import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslate } from 'react-admin';
import type { Role } from '@chung-tay/schema';

export interface GrantLike {
  role: Role;
  unit: { id: string; name: string };
}

/** "Cán bộ Mặt trận (FRONT_STAFF) @ Tỉnh Khánh Hòa": the role in words, its API name, its unit. */
export function useGrantLabel() {
  const translate = useTranslate();
  return (grant: GrantLike) =>
    `${translate(`chungTay.enums.Role.${grant.role}`, { _: grant.role })} (${grant.role}) @ ${grant.unit.name}`;
}

/** A user's grants as chips (users list and page). */
export function GrantChips({ grants }: { grants: readonly GrantLike[] | undefined }) {
  const label = useGrantLabel();
  const translate = useTranslate();
  if (!grants?.length) return <span>{translate('chungTay.users.noGrants')}</span>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} role="list">
      {grants.map((grant) => (
        <Chip
          key={`${grant.role}@${grant.unit.id}`}
          role="listitem"
          size="small"
          variant="outlined"
          label={label(grant)}
        />
      ))}
    </Stack>
  );
}
