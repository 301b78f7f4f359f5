import KeyIcon from '@mui/icons-material/Key';
import { Menu } from 'react-admin';

/** Resources the user may list (react-admin asks canAccess for each), then one's API keys. */
export function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <Menu.Item to="/api-tokens" primaryText="chungTay.apiTokens.menu" leftIcon={<KeyIcon />} />
    </Menu>
  );
}
