import KeyIcon from '@mui/icons-material/Key';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { Logout, MenuItemLink, UserMenu, useGetIdentity, useTranslate, useUserMenu } from 'react-admin';
import type { ChungTayIdentity } from '../auth/authProvider';
import { useGrantLabel } from '../common/grants';

/** Who is logged in, and each role they hold where: what the panel lets them do follows from it. */
function Identity() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const grantLabel = useGrantLabel();
  if (!identity) return null;
  const { fullName, email, grants } = identity as ChungTayIdentity;
  return (
    <Box component="section" aria-label={translate('chungTay.identity.title')} sx={{ px: 2, py: 1, maxWidth: 380 }}>
      <Typography variant="subtitle1" component="p" sx={{ fontWeight: 500 }}>
        {fullName}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {email}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate('chungTay.identity.grants')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2 }} aria-label={translate('chungTay.identity.grants')}>
        {grants.length === 0 ? (
          <Typography component="li" variant="body2">
            {translate('chungTay.users.noGrants')}
          </Typography>
        ) : (
          grants.map((grant) => (
            <Typography component="li" variant="body2" key={`${grant.role}@${grant.unit.id}`}>
              {grantLabel(grant)}
            </Typography>
          ))
        )}
      </Box>
    </Box>
  );
}

function ApiTokensItem() {
  const userMenu = useUserMenu();
  return (
    <MenuItemLink
      to="/api-tokens"
      primaryText="chungTay.apiTokens.menu"
      leftIcon={<KeyIcon fontSize="small" />}
      onClick={() => userMenu?.onClose()}
    />
  );
}

/** The app bar's user menu: the identity and grants, one's API keys, and logging out. */
export function IdentityMenu() {
  return (
    <UserMenu>
      <Identity />
      <Divider />
      <ApiTokensItem />
      <Logout />
    </UserMenu>
  );
}
